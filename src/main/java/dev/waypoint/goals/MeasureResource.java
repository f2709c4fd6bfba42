package dev.waypoint.goals;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.web.Confirmation;
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
import java.time.Clock;
import org.jboss.resteasy.reactive.RestForm;

/** Bumps a goal's numeric measure ("4 of 12 talks") up or down, or sets it. */
@Path("/goals/{id: \\d+}/measure")
@Authenticated
@Blocking
public class MeasureResource {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Htmx htmx;

    @Inject
    Clock clock;

    @POST
    @Transactional
    public Response change(@PathParam("id") Long id, @RestForm String change, @RestForm String value) {
        Goal goal = Goal.findOwned(id, currentPerson.id()).orElseThrow(NotFoundException::new);
        if (!goal.hasMeasure()) {
            throw new NotFoundException();
        }
        Integer next = next(goal, change, value);
        if (next == null || next < 0) {
            return answer(goal, "Please give a whole number of " + goal.measureUnit + ", 0 or more.", 422, null);
        }
        GoalHistory.measureChanged(goal, next, clock.instant());
        return answer(goal, null, 200, Confirmation.MEASURE_RECORDED);
    }

    private static Integer next(Goal goal, String change, String value) {
        int current = goal.measureCurrent == null ? 0 : goal.measureCurrent;
        if ("up".equals(change)) {
            return current + 1;
        }
        if ("down".equals(change)) {
            return Math.max(0, current - 1);
        }
        try {
            return Integer.valueOf(String.valueOf(value).strip());
        } catch (NumberFormatException garbled) {
            return null;
        }
    }

    private Response answer(Goal goal, String problem, int status, Confirmation done) {
        return htmx.answer(status, "/goals/" + goal.id + "#measure", done, () -> {
            GoalPage page = GoalPage.load(goal, null, false, problem);
            return new Htmx.Views(
                    GoalResource.Templates.show(page),
                    GoalResource.Templates.show$measure(page),
                    GoalFragments.Templates.progress(goal, page.northStarPercent()));
        });
    }
}
