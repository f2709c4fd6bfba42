package dev.waypoint.goals;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.web.Htmx;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** A goal's life: achieve, pause, resume, drop with a reason, pivot, and undo a mistaken change. */
@Path("/goals/{id: \\d+}/status")
@Authenticated
@Blocking
public class GoalStatusResource {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Htmx htmx;

    @Inject
    Clock clock;

    @POST
    @Transactional
    public Response move(@PathParam("id") Long id, @RestForm String to, @RestForm String reason) {
        Goal goal = owned(id);
        Optional<GoalStatus> next = parse(to).filter(goal.status::canMoveTo);
        String why = GoalForm.clean(reason);
        if (next.isEmpty()) {
            return answer(
                    goal, false, "That change isn't possible from here. Reload to see the goal as it is now.", 409);
        }
        if (why != null && why.length() > Goal.REASON_MAX) {
            return answer(goal, false, "Please keep the reason to " + Goal.REASON_MAX + " characters or fewer.", 422);
        }
        Instant now = clock.instant();
        goal.moveTo(next.get(), why, now).persist();
        GoalProgress.record(goal, now);
        return answer(goal, next.get() == GoalStatus.ACHIEVED, null, 200);
    }

    @POST
    @Path("undo")
    @Transactional
    public Response undo(@PathParam("id") Long id) {
        Goal goal = owned(id);
        if (!goal.canUndo()) {
            return answer(goal, false, "There is nothing to undo.", 409);
        }
        Instant now = clock.instant();
        goal.undo(now).persist();
        GoalProgress.record(goal, now);
        return answer(goal, false, null, 200);
    }

    private Goal owned(Long id) {
        return Goal.findOwned(id, currentPerson.id()).orElseThrow(NotFoundException::new);
    }

    private Response answer(Goal goal, boolean celebrate, String problem, int status) {
        if (!htmx.isRequest()) {
            String flash = problem != null ? "" : celebrate ? "?flash=achieved" : "";
            return Response.seeOther(URI.create("/goals/" + goal.id + flash)).build();
        }
        GoalPage page = GoalPage.load(goal, null, null, celebrate, problem);
        return Response.status(status)
                .entity(Htmx.concat(
                        GoalResource.Templates.show$lifecycle(page),
                        GoalFragments.Templates.progress(goal, page.northStarPercent())))
                .build();
    }

    private static Optional<GoalStatus> parse(String value) {
        try {
            return Optional.of(GoalStatus.valueOf(String.valueOf(value).strip()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
