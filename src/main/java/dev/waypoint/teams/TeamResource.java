package dev.waypoint.teams;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.circles.Membership;
import dev.waypoint.circles.TeamShare;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalLifecycle;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.web.Htmx;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestForm;

/** A team's goal board for its members: sharing goals onto it, moving your cards, leaving. */
@Path("/teams/{team: \\d+}")
@Authenticated
@Blocking
public class TeamResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Board board, String problem);

        static native TemplateInstance board$columns(Board board);

        static native TemplateInstance checkIn(Membership me, CheckIn checkIn);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Htmx htmx;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance board(
            @PathParam("team") Long teamId,
            @QueryParam("member") String member,
            @QueryParam("category") String category,
            @QueryParam("problem") String problem) {
        Membership me = member(teamId);
        Board board = Board.load(
                me,
                member,
                category,
                LocalDate.now(clock.withZone(currentPerson.get().zone())));
        String message = "titleProblem".equals(problem) ? "A team goal needs a title of up to 160 characters." : null;
        return htmx.pageOrFragment(() -> Templates.board(board, message), () -> Templates.board$columns(board));
    }

    /** Puts one of the member's own goals on the board. */
    @POST
    @Path("shared-goals")
    @Transactional
    public Response share(@PathParam("team") Long teamId, @RestForm Long goalId) {
        Membership me = member(teamId);
        Goal goal = Goal.findOwned(goalId, me.person.id).orElseThrow(NotFoundException::new);
        TeamShare.share(me.team, TeamShare.Item.GOAL, goal.id, me.person);
        return Response.seeOther(URI.create("/teams/" + teamId)).build();
    }

    @POST
    @Path("shared-goals/{goal: \\d+}/remove")
    @Transactional
    public Response unshare(@PathParam("team") Long teamId, @PathParam("goal") Long goalId) {
        Membership me = member(teamId);
        Goal goal = Goal.findOwned(goalId, me.person.id).orElseThrow(NotFoundException::new);
        TeamShare.unshare(teamId, TeamShare.Item.GOAL, goal.id);
        return Response.seeOther(URI.create("/teams/" + teamId)).build();
    }

    /** The owner moves their own card: the same status change as on the goal page. */
    @POST
    @Path("cards/{goal: \\d+}/move")
    @Transactional
    public Response move(@PathParam("team") Long teamId, @PathParam("goal") Long goalId, @RestForm String to) {
        Membership me = member(teamId);
        Goal goal = Goal.findOwned(goalId, me.person.id).orElseThrow(NotFoundException::new);
        if (!TeamShare.exists(teamId, TeamShare.Item.GOAL, goalId)) {
            throw new NotFoundException();
        }
        BoardColumn column = BoardColumn.parse(to).orElseThrow(NotFoundException::new);
        GoalLifecycle.move(goal, column.statusForCard(), clock.instant());
        return boardAgain(me, teamId);
    }

    /** Leaving takes the member's goals off the board at once. */
    @POST
    @Path("leave")
    @Transactional
    public Response leave(@PathParam("team") Long teamId) {
        Membership me = member(teamId);
        me.leftAt = clock.instant();
        return Response.seeOther(URI.create("/teams")).build();
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

    private Response boardAgain(Membership me, Long teamId) {
        if (htmx.isRequest()) {
            Board board = Board.load(
                    me,
                    null,
                    null,
                    LocalDate.now(clock.withZone(currentPerson.get().zone())));
            return Response.ok(Templates.board$columns(board)).build();
        }
        return Response.seeOther(URI.create("/teams/" + teamId)).build();
    }

    private Membership member(Long teamId) {
        return Membership.current(teamId, currentPerson.id()).orElseThrow(NotFoundException::new);
    }
}
