package dev.waypoint.milestones;

import dev.waypoint.feedback.Feedback;
import dev.waypoint.feedback.FeedbackOn;
import dev.waypoint.feedback.FeedbackTarget;
import dev.waypoint.feedback.FeedbackTargets;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Feedback on a milestone lives on the milestone's page, for whoever may see it. */
@ApplicationScoped
@FeedbackOn(Feedback.Item.MILESTONE)
public class MilestoneFeedback implements FeedbackTargets {

    @Override
    public Optional<FeedbackTarget> find(Long milestoneId, Long viewerId) {
        return Milestone.findVisible(milestoneId, viewerId)
                .map(milestone -> FeedbackTarget.of(milestone.owner, "/milestones/" + milestone.id));
    }
}
