package dev.waypoint.feedback;

import dev.waypoint.people.Person;

/**
 * What feedback is about, as its viewer sees it: whose item it is, the page it lives on for
 * them, and what they may do there.
 *
 * @param readAsMentor the viewer follows the item as its owner's mentor, so may mark it read
 * @param teamItem the item belongs to a team rather than one person: everyone in it may cheer
 */
public record FeedbackTarget(Person owner, String page, boolean readAsMentor, boolean teamItem) {

    /** An item of one person's, seen on {@code page}. */
    public static FeedbackTarget of(Person owner, String page) {
        return new FeedbackTarget(owner, page, false, false);
    }
}
