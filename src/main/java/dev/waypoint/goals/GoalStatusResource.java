package dev.waypoint.goals;

import dev.waypoint.operations.Activity;
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
import java.util.Optional;

/** A goal's life: achieve, pause, resume, drop with a reason, pivot, and undo a mistaken change. */
@Path("/goals/{id: \\d+}/status")
@Authenticated
@Blocking
public class GoalStatusResource {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Answer answer;

    @Inject
    Clock clock;

    @Inject
    Activity activity;

    @POST
    @Transactional
    public Response move(@PathParam("id") Long id, @BeanParam StatusChangeForm form) {
        Goal goal = owned(id);
        Optional<GoalStatus> next = form.status().filter(goal.status::canMoveTo);
        if (next.isEmpty()) {
            return refuse(
                    goal,
                    "That change isn't possible from here. This is the goal as it is now.",
                    form.typed(),
                    Refusal.CONFLICT);
        }
        if (!form.validate()) {
            return refuse(goal, form.problem(), form.typed(), Refusal.INVALID);
        }
        Instant now = clock.instant();
        goal.moveTo(next.get(), FormInput.clean(form.reason), now).persist();
        GoalProgress.record(goal, now);
        boolean achieved = next.get() == GoalStatus.ACHIEVED;
        if (achieved) {
            activity.goalAchieved();
        }
        return answer(goal, achieved, achieved ? Confirmation.GOAL_ACHIEVED : Confirmation.GOAL_STATUS_CHANGED);
    }

    @POST
    @Path("undo")
    @Transactional
    public Response undo(@PathParam("id") Long id) {
        Goal goal = owned(id);
        if (!goal.canUndo()) {
            return refuse(goal, "There is nothing to undo.", GoalPage.LifecycleDraft.NONE, Refusal.CONFLICT);
        }
        Instant now = clock.instant();
        goal.undo(now).persist();
        GoalProgress.record(goal, now);
        return answer(goal, false, Confirmation.GOAL_STATUS_UNDONE);
    }

    private Goal owned(Long id) {
        return Goal.findOwned(id, currentPerson.id()).orElseThrow(NotFoundException::new);
    }

    private Response answer(Goal goal, boolean celebrate, Confirmation done) {
        return answer.doneInPlace("/goals/" + goal.id, done, () -> views(GoalPage.load(goal, null, celebrate, null)));
    }

    /** The goal as it is, the reason the change was refused, and what was typed, kept. */
    private Response refuse(Goal goal, String problem, GoalPage.LifecycleDraft typed, Refusal why) {
        return answer.refusedInPlace(why, () -> views(GoalPage.refused(goal, problem, typed)));
    }

    /** The page, and the lifecycle card and the progress it changes. */
    private static Answer.Views views(GoalPage page) {
        return new Answer.Views(
                GoalResource.Templates.show(page),
                GoalResource.Templates.show$lifecycle(page),
                GoalFragments.Templates.progress(page.goal(), page.northStarPercent()));
    }
}
