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
     * {@code sharedWithMentors}): visible to {@code :viewerId}. {@code teamItem} names the kind
     * of item in team shares (GOAL, CHECK_IN), or null for items never shared with teams.
     */
    public static String visibleTo(String alias, String teamItem) {
        String viewer = ":" + VIEWER;
        String condition =
                "(" + alias + ".owner.id = " + viewer + " or (" + alias + ".sharedWithMentors = true and exists"
                        + " (select ms.id from Mentorship ms where ms.mentor.id = " + viewer + " and ms.mentee.id = "
                        + alias + ".owner.id and ms.endedAt is null))";
        if (teamItem != null) {
            condition += " or exists (select ts.id from TeamShare ts, Membership mb where ts.itemType = '" + teamItem
                    + "' and ts.itemId = " + alias + ".id and mb.team = ts.team and mb.person.id = " + viewer
                    + " and mb.leftAt is null and ts.team.archivedAt is null"
                    + " and exists (select own.id from Membership own where own.team = ts.team and own.person = "
                    + alias + ".owner and own.leftAt is null))";
        }
        return condition + ")";
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
