package dev.waypoint.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/** Finds the item feedback is about, of any kind, through the feature that answers for that kind. */
@ApplicationScoped
public class FeedbackItems {

    /** Every feature's, whatever item it answers for ({@code @Any}: each is qualified by its item). */
    @Inject
    @Any
    Instance<FeedbackTargets> features;

    /** The item as {@code viewerId} may see it, or empty when they may not. */
    public Optional<FeedbackTarget> find(Feedback.Item item, Long itemId, Long viewerId) {
        if (itemId == null) {
            return Optional.empty();
        }
        return features.select(new FeedbackOn.Literal(item)).stream()
                .findFirst()
                .flatMap(feature -> feature.find(itemId, viewerId));
    }
}
