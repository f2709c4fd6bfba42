package dev.waypoint.teams.board;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalLifecycle;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.operations.Activity;
import dev.waypoint.teams.GoalBoards;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.TeamShare;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.ReadOnlyPage;
import dev.waypoint.web.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestForm;

/** A team's goal board for its members: sharing goals onto it, moving your cards, leaving. */
@Path("/teams/{team: \\d+}")
@Authenticated
@Blocking
public class TeamResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(
                Board board, String problem, String focus, TeamGoalDraft draft, String fingerprint);

        static native TemplateInstance board$columns(Board board, String problem, String focus, TeamGoalDraft draft);

        static native TemplateInstance board$poller(Board board, String fingerprint, boolean oob);

        static native TemplateInstance checkIn(Membership me, CheckIn checkIn);
    }

    @Inject
    TeamScope team;

    @Inject
    Clock clock;

    @Inject
    Activity activity;

    @Inject
    GoalBoards goalBoards;

    @Inject
    BoardPage boardPage;

    /** The board, or for htmx its columns; {@code seen} comes from the board's own refresh. */
    @GET
    @Transactional
    public Response board(
            @PathParam("team") Long teamId,
            @QueryParam("member") String member,
            @QueryParam("category") String category,
            @QueryParam("open") String open,
            @QueryParam("seen") String seen) {
        Membership me = member(teamId);
        ReadOnlyPage.begin();
        return boardPage.show(boardPage.load(me, BoardFilter.of(member, category, open)), seen);
    }

    /** Puts one of the member's own goals on the board. */
    @POST
    @Path("shared-goals")
    @Transactional
    public Response share(@PathParam("team") Long teamId, @RestForm Long goalId, @BeanParam BoardFilter filter) {
        Membership me = member(teamId);
        Goal goal = Goal.findOwned(goalId, me.person.id).orElseThrow(NotFoundException::new);
        goalBoards.put(me, goal.id);
        return backToBoard(teamId, filter, Confirmation.SHARED_WITH_TEAM);
    }

    @POST
    @Path("shared-goals/{goal: \\d+}/remove")
    @Transactional
    public Response unshare(
            @PathParam("team") Long teamId, @PathParam("goal") Long goalId, @BeanParam BoardFilter filter) {
        Membership me = member(teamId);
        Goal goal = Goal.findOwned(goalId, me.person.id).orElseThrow(NotFoundException::new);
        goalBoards.takeOff(me, goal.id);
        return backToBoard(teamId, filter, Confirmation.TAKEN_OFF_BOARD);
    }

    /** The owner moves their own card: the same status change as on the goal page. */
    @POST
    @Path("cards/{goal: \\d+}/move")
    @Transactional
    public Response move(
            @PathParam("team") Long teamId,
            @PathParam("goal") Long goalId,
            @RestForm String to,
            @BeanParam BoardFilter filter) {
        Membership me = member(teamId);
        Goal goal = Goal.findOwned(goalId, me.person.id).orElseThrow(NotFoundException::new);
        if (!TeamShare.exists(teamId, TeamShare.Item.GOAL, goalId)) {
            throw new NotFoundException();
        }
        BoardColumn column = BoardColumn.parse(to).orElseThrow(NotFoundException::new);
        String problem = column.whyNot(goal, boardPage.today());
        if (problem == null) {
            Instant now = clock.instant();
            boolean achieving = goal.status != GoalStatus.ACHIEVED && column.statusForCard() == GoalStatus.ACHIEVED;
            GoalLifecycle.move(goal, column.statusForCard(), now);
            if (achieving) {
                activity.goalAchieved();
            }
            if (column == BoardColumn.IN_PROGRESS || column == BoardColumn.NOT_STARTED) {
                GoalLifecycle.markStarted(goal, column == BoardColumn.IN_PROGRESS, now);
            }
            Goal.flush();
        }
        return problem == null
                ? boardPage.changed(
                        boardUrl(teamId, filter),
                        Confirmation.CARD_MOVED,
                        () -> boardPage.load(me, filter),
                        "goal-" + goalId)
                : boardPage.refused(Refusal.CONFLICT, boardPage.load(me, filter), problem, "goal-" + goalId, null);
    }

    /** Leaving takes the member's goals off the board at once. The last lead can't leave. */
    @POST
    @Path("leave")
    @Transactional
    public Response leave(@PathParam("team") Long teamId) {
        Membership me = member(teamId);
        if (me.isLead() && Membership.leadsOf(teamId) == 1) {
            String problem = Membership.ofTeam(teamId).size() == 1
                    ? "You're the only one here. To close the team, archive it under Manage team."
                    : "You're the team's only lead. Make someone else a lead under Manage team, then you can leave.";
            return boardPage.refused(Refusal.CONFLICT, boardPage.load(me, BoardFilter.none()), problem, null, null);
        }
        me.leave(clock.instant());
        return Answer.seeOther("/teams", Confirmation.TEAM_LEFT);
    }

    /** A check-in a team mate shared with this team. */
    @GET
    @Path("check-ins/{checkIn: \\d+}")
    @Transactional
    public TemplateInstance checkIn(@PathParam("team") Long teamId, @PathParam("checkIn") Long checkInId) {
        Membership me = member(teamId);
        CheckIn checkIn = CheckIn.findVisibleById(checkInId, me.person.id)
                .filter(c -> c.submitted && TeamShare.exists(teamId, TeamShare.Item.CHECK_IN, c.id))
                .orElseThrow(NotFoundException::new);
        return Templates.checkIn(me, checkIn);
    }

    /** Back to the board as it was filtered, confirming what was done. */
    static Response backToBoard(Long teamId, BoardFilter filter, Confirmation done) {
        return Answer.seeOther(boardUrl(teamId, filter), done);
    }

    private static String boardUrl(Long teamId, BoardFilter filter) {
        String query = filter.query();
        return "/teams/" + teamId + (query.isEmpty() ? "" : "?" + query);
    }

    private Membership member(Long teamId) {
        return team.member(teamId);
    }
}
