package dev.waypoint.goals;

import dev.waypoint.people.CurrentPerson;
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
import org.jboss.resteasy.reactive.RestForm;

/** A pivot in one action: drop this goal with a reason and start a new one that remembers it. */
@Path("/goals/{id: \\d+}/pivot")
@Authenticated
@Blocking
public class PivotResource {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @POST
    @Transactional
    public Response pivot(@PathParam("id") Long id, @RestForm String title, @RestForm String reason) {
        Goal old = Goal.findOwned(id, currentPerson.id()).orElseThrow(NotFoundException::new);
        String newTitle = GoalForm.clean(title);
        String why = GoalForm.clean(reason);
        String problem = newTitle == null
                ? "Name the new goal you're pivoting to."
                : newTitle.length() > Goal.TITLE_MAX
                        ? "Please keep the title to " + Goal.TITLE_MAX + " characters or fewer."
                        : why != null && why.length() > Goal.REASON_MAX
                                ? "Please keep the reason to " + Goal.REASON_MAX + " characters or fewer."
                                : !old.isOpen() ? "Only an active or paused goal can pivot." : null;
        if (problem != null) {
            return Response.status(422)
                    .entity(GoalResource.Templates.show(
                            GoalPage.refused(old, problem, new GoalPage.LifecycleDraft(null, title, reason))))
                    .build();
        }
        Instant now = clock.instant();
        Goal next = Goal.start(old.owner, now);
        next.title = newTitle;
        next.category = old.category;
        next.why = old.why;
        next.northStar = old.northStar;
        next.pivotedFromId = old.id;
        // The new goal continues the same journey: whoever could follow the old one follows this.
        next.sharedWithMentors = old.sharedWithMentors;
        next.persist();
        GoalHistory.created(next, now);

        old.moveTo(GoalStatus.DROPPED, why, now).persist();
        GoalEvent pivoted = GoalEvent.of(old, GoalEvent.Kind.PIVOTED, why, now);
        pivoted.toTitle = newTitle;
        pivoted.persist();
        return Response.seeOther(URI.create("/goals/" + next.id + "?flash=pivoted"))
                .build();
    }
}
