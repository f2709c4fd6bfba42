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
        // A refused drop keeps the reason as typed.
        GoalPage.LifecycleDraft typed = new GoalPage.LifecycleDraft(reason, null, null);
        if (next.isEmpty()) {
            return refuse(goal, "That change isn't possible from here. This is the goal as it is now.", typed, 409);
        }
        if (why != null && why.length() > Goal.REASON_MAX) {
            return refuse(goal, "Please keep the reason to " + Goal.REASON_MAX + " characters or fewer.", typed, 422);
        }
        Instant now = clock.instant();
        goal.moveTo(next.get(), why, now).persist();
        GoalProgress.record(goal, now);
        return answer(goal, next.get() == GoalStatus.ACHIEVED);
    }

    @POST
    @Path("undo")
    @Transactional
    public Response undo(@PathParam("id") Long id) {
        Goal goal = owned(id);
        if (!goal.canUndo()) {
            return refuse(goal, "There is nothing to undo.", GoalPage.LifecycleDraft.NONE, 409);
        }
        Instant now = clock.instant();
        goal.undo(now).persist();
        GoalProgress.record(goal, now);
        return answer(goal, false);
    }

    private Goal owned(Long id) {
        return Goal.findOwned(id, currentPerson.id()).orElseThrow(NotFoundException::new);
    }

    private Response answer(Goal goal, boolean celebrate) {
        if (!htmx.isRequest()) {
            return Response.seeOther(URI.create("/goals/" + goal.id + (celebrate ? "?flash=achieved" : "")))
                    .build();
        }
        GoalPage page = GoalPage.load(goal, null, null, celebrate, null);
        return lifecycle(page, 200);
    }

    /** The goal as it is, the reason the change was refused, and what was typed, kept. */
    private Response refuse(Goal goal, String problem, GoalPage.LifecycleDraft typed, int status) {
        GoalPage page = GoalPage.refused(goal, problem, typed);
        if (!htmx.isRequest()) {
            return Response.status(status)
                    .entity(GoalResource.Templates.show(page))
                    .build();
        }
        return lifecycle(page, status);
    }

    private static Response lifecycle(GoalPage page, int status) {
        return Htmx.fragments(
                status,
                GoalResource.Templates.show$lifecycle(page),
                GoalFragments.Templates.progress(page.goal(), page.northStarPercent()));
    }

    private static Optional<GoalStatus> parse(String value) {
        try {
            return Optional.of(GoalStatus.valueOf(String.valueOf(value).strip()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
