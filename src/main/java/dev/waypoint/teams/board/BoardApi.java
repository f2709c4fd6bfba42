package dev.waypoint.teams.board;

import dev.waypoint.goals.Category;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.teams.Membership;
import dev.waypoint.web.BadParameter;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The read API for teams: the teams one is in, and each one's goal board as its members see it. */
@Path("/api/v1/teams")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "The teams you are in and their goal boards.")
public class BoardApi {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    TeamScope team;

    @Inject
    BoardPage boardPage;

    @Schema(name = "Team")
    public record TeamView(
            @Schema(example = "5") Long id,
            @Schema(example = "Platform") String name,
            @Schema(description = "Whether you lead it.") boolean lead) {}

    @Schema(name = "Board")
    public record BoardView(TeamView team, List<ColumnView> columns) {}

    @Schema(name = "BoardColumn")
    public record ColumnView(
            @Schema(example = "in-progress") String column,
            @Schema(example = "In progress") String label,

            @Schema(description = "Cards in the column; the first few are listed unless it is asked for whole.")
            int count,

            List<CardView> cards) {}

    @Schema(name = "BoardCard")
    public record CardView(
            @Schema(description = "GOAL: a member's shared goal; TEAM_GOAL: the team's own.", example = "GOAL")
            String kind,

            @Schema(example = "17") Long id,
            @Schema(example = "Give a conference talk") String title,
            @Schema(example = "Alice") String owner,
            @Schema(example = "VISIBILITY") Category category,
            @Schema(example = "40") int percent,
            @Schema(example = "2 of 5 steps") String progress,
            @Schema(example = "2027-03-31") LocalDate targetDate,

            @Schema(description = "A team goal's steps; absent for members' goals (GET /api/v1/goals/{id} has them).")
            List<TeamStepView> steps) {}

    @Schema(name = "TeamGoalStep")
    public record TeamStepView(
            @Schema(example = "Draft the handbook") String title,
            @Schema(example = "Dave") String assignee,
            boolean done) {}

    @GET
    @Transactional
    @Operation(operationId = "listTeams", summary = "Your teams", description = "The teams you are in now, by name.")
    public List<TeamView> teams() {
        return Membership.ofPerson(currentPerson.id()).stream()
                .map(m -> new TeamView(m.team.id, m.team.name, m.isLead()))
                .toList();
    }

    @GET
    @Path("{team}/board")
    @Transactional
    @Operation(
            operationId = "getTeamBoard",
            summary = "A team's board",
            description = "The board as its members see it: members' goals shared with the team and the team's own"
                    + " goals, in four columns. 404 unless you are in the team now.")
    public BoardView board(
            @PathParam("team") Long teamId,
            @Parameter(description = "Only this member's goals (a person id).") @QueryParam("member") String member,
            @Parameter(description = "Only goals of this category, e.g. technical.") @QueryParam("category")
                    String category,
            @Parameter(description = "The one column to list whole: not-started, in-progress, at-risk or achieved.")
                    @QueryParam("column")
                    String column) {
        BoardFilter filter = BoardFilter.of(member, category, column);
        refuseUnknown(member, filter.memberId(), "\"member\" must be a person's id, a whole number.");
        refuseUnknown(
                category,
                filter.category(),
                "\"category\" must be one of "
                        + Arrays.stream(Category.values()).map(Category::slug).collect(Collectors.joining(", ")) + ".");
        refuseUnknown(
                column,
                filter.open(),
                "\"column\" must be one of "
                        + Arrays.stream(BoardColumn.values())
                                .map(BoardColumn::slug)
                                .collect(Collectors.joining(", ")) + ".");
        Membership me = team.member(teamId);
        Board board = boardPage.load(me, filter);
        return new BoardView(
                new TeamView(me.team.id, me.team.name, me.isLead()),
                board.columns().stream()
                        .map(c -> new ColumnView(
                                c.column().slug(),
                                c.column().label(),
                                c.count(),
                                c.shown().stream().map(BoardApi::card).toList()))
                        .toList());
    }

    private static CardView card(Board.Card card) {
        List<TeamStepView> steps = card.isTeamGoal()
                ? card.steps().stream()
                        .map(s -> new TeamStepView(
                                s.title, s.assignee == null ? null : s.assignee.displayName, s.doneAt != null))
                        .toList()
                : null;
        return new CardView(
                card.isTeamGoal() ? "TEAM_GOAL" : "GOAL",
                card.isTeamGoal() ? card.teamGoal().id : card.goal().id,
                card.title(),
                card.owner(),
                card.category(),
                card.percent(),
                card.progressText(),
                card.targetDate(),
                steps);
    }

    private static void refuseUnknown(String given, Object parsed, String message) {
        if (given != null && !given.isBlank() && parsed == null) {
            throw new BadParameter(message);
        }
    }
}
