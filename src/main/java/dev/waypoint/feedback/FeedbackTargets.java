package dev.waypoint.feedback;

import java.util.Optional;

/**
 * How a feature lets feedback reach its items: each feature that shows a feedback thread
 * provides one of these as a bean, named by {@link FeedbackOn}, so this package needs to know none
 * of them.
 */
public interface FeedbackTargets {

    /** The item as {@code viewerId} may see it, or empty when they may not (a 404). */
    Optional<FeedbackTarget> find(Long itemId, Long viewerId);
}
