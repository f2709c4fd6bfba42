package dev.waypoint.goals;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
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
import java.util.OptionalInt;

/** Bumps a goal's numeric measure ("4 of 12 talks") up or down, or sets it. */
@Path("/goals/{id: \\d+}/measure")
@Authenticated
@Blocking
public class MeasureResource {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Answer answer;

    @Inject
    Clock clock;

    @POST
    @Transactional
    public Response change(@PathParam("id") Long id, @BeanParam MeasureForm form) {
        Goal goal = Goal.findOwned(id, currentPerson.id()).orElseThrow(NotFoundException::new);
        if (!goal.hasMeasure()) {
            throw new NotFoundException();
        }
        OptionalInt next = form.next(goal);
        if (next.isEmpty()) {
            return answer.refusedInPlace(Refusal.INVALID, () -> views(goal, form.problem()));
        }
        GoalHistory.measureChanged(goal, next.getAsInt(), clock.instant());
        return answer.doneInPlace(
                "/goals/" + goal.id + "#measure", Confirmation.MEASURE_RECORDED, () -> views(goal, null));
    }

    /** The goal page, and the parts of it a new measure updates: the measure and every bar. */
    private static Answer.Views views(Goal goal, String problem) {
        GoalPage page = GoalPage.load(goal, null, false, problem);
        return new Answer.Views(
                GoalResource.Templates.show(page),
                GoalResource.Templates.show$measure(page),
                GoalFragments.Templates.progress(goal, page.northStarPercent()));
    }
}
