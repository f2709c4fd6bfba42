package dev.waypoint.goals;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
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
import java.time.Instant;
import java.time.Year;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** A goal's checklist: add, tick, edit, reorder and delete steps, in place. */
@Path("/goals/{goalId: \\d+}/steps")
@Authenticated
@Blocking
public class StepsResource {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Answer answer;

    @Inject
    Clock clock;

    @POST
    @Transactional
    public Response add(@PathParam("goalId") Long goalId, @BeanParam StepForm form) {
        Goal goal = Goal.findOwned(goalId, currentPerson.id()).orElseThrow(NotFoundException::new);
        if (!form.validate()) {
            return refused(goal, form);
        }
        goal.appendStep(form.cleanTitle(), form.due(), clock.instant());
        return changed(goal, Confirmation.STEP_ADDED);
    }

    @POST
    @Path("{stepId: \\d+}/toggle")
    @Transactional
    public Response toggle(@PathParam("goalId") Long goalId, @PathParam("stepId") Long stepId, @RestForm String from) {
        Step step = owned(goalId, stepId);
        step.markDone(!step.isDone(), clock.instant());
        Confirmation done = step.isDone() ? Confirmation.STEP_DONE : Confirmation.STEP_REOPENED;
        if ("dashboard".equals(from)) {
            // Ticked on the dashboard: htmx swaps the step's row there; a browser goes to the goal.
            return answer.doneInPlace(stepsOf(step.goal), done, () -> {
                Person owner = currentPerson.get();
                Instant yearStart = Year.now(clock.withZone(owner.zone()))
                        .atDay(1)
                        .atStartOfDay(owner.zone())
                        .toInstant();
                Goal goal = step.goal;
                int starPercent =
                        goal.northStar == null ? 0 : GoalOverview.rollUp(Goal.countingToward(goal.northStar.id));
                return Answer.Views.ofFragments(GoalFragments.Templates.dueStep(
                        step, goal, starPercent, ProgressCounters.of(owner.id, yearStart)));
            });
        }
        return changed(step.goal, done);
    }

    @POST
    @Path("{stepId: \\d+}")
    @Transactional
    public Response edit(@PathParam("goalId") Long goalId, @PathParam("stepId") Long stepId, @BeanParam StepForm form) {
        Step step = owned(goalId, stepId);
        if (!form.validate()) {
            return refused(step.goal, form);
        }
        form.applyTo(step);
        return changed(step.goal, Confirmation.STEP_SAVED);
    }

    @POST
    @Path("{stepId: \\d+}/move")
    @Transactional
    public Response move(
            @PathParam("goalId") Long goalId, @PathParam("stepId") Long stepId, @RestForm String direction) {
        Step step = owned(goalId, stepId);
        List<Step> steps = Step.ofGoal(goalId);
        int index = steps.indexOf(step);
        int other = "up".equals(direction) ? index - 1 : index + 1;
        if (other >= 0 && other < steps.size()) {
            steps.add(other, steps.remove(index));
            for (int position = 0; position < steps.size(); position++) {
                steps.get(position).position = position;
            }
        }
        return changed(step.goal, Confirmation.STEP_MOVED);
    }

    @POST
    @Path("{stepId: \\d+}/delete")
    @Transactional
    public Response delete(@PathParam("goalId") Long goalId, @PathParam("stepId") Long stepId) {
        Step step = owned(goalId, stepId);
        Goal goal = step.goal;
        step.delete();
        Step.flush();
        GoalHistory.stepsChanged(goal, clock.instant());
        return changed(goal, Confirmation.STEP_DELETED);
    }

    private Step owned(Long goalId, Long stepId) {
        return Step.findOwned(goalId, stepId, currentPerson.id()).orElseThrow(NotFoundException::new);
    }

    private Response changed(Goal goal, Confirmation done) {
        return answer.doneInPlace(stepsOf(goal), done, () -> views(goal, GoalPage.load(goal)));
    }

    private Response refused(Goal goal, StepForm rejected) {
        return answer.refusedInPlace(
                Refusal.INVALID, () -> views(goal, GoalPage.withStepProblem(goal, rejected.problem(), rejected.title)));
    }

    /** The goal page, and the parts of it a change to its steps updates: the list and every bar. */
    private static Answer.Views views(Goal goal, GoalPage page) {
        return new Answer.Views(
                GoalResource.Templates.show(page),
                GoalResource.Templates.show$steps(page),
                GoalFragments.Templates.progress(goal, page.northStarPercent()));
    }

    private static String stepsOf(Goal goal) {
        return "/goals/" + goal.id + "#steps";
    }
}
