package dev.waypoint.goals;

import dev.waypoint.feedback.Feedback;
import dev.waypoint.feedback.FeedbackOn;
import dev.waypoint.feedback.FeedbackTarget;
import dev.waypoint.feedback.FeedbackTargets;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Feedback on a goal lives on the goal's page, for whoever may see the goal. */
@ApplicationScoped
@FeedbackOn(Feedback.Item.GOAL)
public class GoalFeedback implements FeedbackTargets {

    @Override
    public Optional<FeedbackTarget> find(Long goalId, Long viewerId) {
        return Goal.findVisible(goalId, viewerId).map(goal -> FeedbackTarget.of(goal.owner, "/goals/" + goal.id));
    }
}
