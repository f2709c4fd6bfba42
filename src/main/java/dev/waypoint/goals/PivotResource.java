package dev.waypoint.goals;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.FormInput;
import dev.waypoint.web.Refusal;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;

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
    public Response pivot(@PathParam("id") Long id, @BeanParam PivotForm form) {
        Goal old = Goal.findOwned(id, currentPerson.id()).orElseThrow(NotFoundException::new);
        if (!form.validate()) {
            return refuse(old, form, form.problem());
        }
        if (!old.isOpen()) {
            return refuse(old, form, "Only an active or paused goal can pivot.");
        }
        String newTitle = FormInput.oneLine(form.title);
        String why = FormInput.clean(form.reason);
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
        return Answer.seeOther("/goals/" + next.id, Confirmation.GOAL_PIVOTED);
    }

    private static Response refuse(Goal old, PivotForm form, String problem) {
        return Answer.refused(
                Refusal.INVALID, GoalResource.Templates.show(GoalPage.refused(old, problem, form.typed())));
    }
}
