package dev.waypoint.circles;

import dev.waypoint.people.Person;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one audience rule: a goal, check-in or milestone is seen by its owner, and by the owner's
 * active mentors when the owner shared it with them. Used both as a query condition (so lists
 * never filter in memory) and to describe, on each page, exactly who can see the item.
 */
public final class Audience {

    /** The query parameter name the condition binds the viewer's id to. */
    public static final String VIEWER = "viewerId";

    private Audience() {}

    /**
     * A JPQL condition on an item with the given alias (it has {@code owner} and
     * {@code sharedWithMentors}): visible to {@code :viewerId}.
     */
    public static String visibleTo(String alias) {
        return "(" + alias + ".owner.id = :" + VIEWER + " or (" + alias + ".sharedWithMentors = true and exists"
                + " (select ms.id from Mentorship ms where ms.mentor.id = :" + VIEWER + " and ms.mentee.id = "
                + alias + ".owner.id and ms.endedAt is null)))";
    }

    /** The same rule as a predicate, for an item already in hand. */
    public static boolean mayView(Long viewerId, Long ownerId, boolean sharedWithMentors) {
        if (ownerId == null || viewerId == null) {
            return false;
        }
        return ownerId.equals(viewerId) || (sharedWithMentors && Mentorship.isActive(viewerId, ownerId));
    }

    /** What a private item's page says about who can see it. */
    public static String describePrivate(String noun) {
        return "Only you can see this " + noun + ".";
    }

    /** "Only you can see this goal." or "Bob and Dana (your mentors) can see this goal." */
    public static String describe(String noun, boolean sharedWithMentors, List<Person> mentors) {
        if (!sharedWithMentors) {
            return describePrivate(noun);
        }
        if (mentors.isEmpty()) {
            return "Shared with your mentors; you have none yet, so only you can see this " + noun + ".";
        }
        String names = mentors.stream().map(p -> p.displayName).collect(Collectors.joining(", "));
        return names + (mentors.size() == 1 ? " (your mentor)" : " (your mentors)") + " and you can see this " + noun
                + ".";
    }
}
