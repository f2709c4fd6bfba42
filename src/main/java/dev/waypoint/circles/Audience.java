package dev.waypoint.circles;

import dev.waypoint.people.Person;
import java.util.ArrayList;
import java.util.List;

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

    /** Who can see an item besides its owner, by name: active mentors, and teams. */
    public record Names(List<String> mentors, List<String> teams) {}

    /**
     * The names behind an item's audience in one statement: the owner's active mentors when it
     * is shared with them, and the teams it is shared with where the owner is a current member
     * (a team that is not archived; only their members can see it).
     */
    public static Names of(TeamShare.Item item, Long itemId, Long ownerId, boolean sharedWithMentors) {
        List<Object[]> rows = Mentorship.getEntityManager()
                .createQuery(
                        "select 'MENTOR', m.mentor.displayName, m.startedAt from Mentorship m where m.mentee.id = :owner"
                                + " and m.endedAt is null and :mentors = true"
                                + " union all select 'TEAM', s.team.name, s.team.createdAt from TeamShare s, Membership mb"
                                + " where s.itemType = :item and s.itemId = :itemId and mb.team = s.team"
                                + " and mb.person.id = :owner and mb.leftAt is null and s.team.archivedAt is null",
                        Object[].class)
                .setParameter("owner", ownerId)
                .setParameter("mentors", sharedWithMentors)
                .setParameter("item", item)
                .setParameter("itemId", itemId)
                .getResultList();
        List<String> mentors = new ArrayList<>();
        List<String> teams = new ArrayList<>();
        rows.stream()
                .sorted(java.util.Comparator.comparing(row -> (java.time.Instant) row[2]))
                .forEach(row -> ("MENTOR".equals(row[0]) ? mentors : teams).add((String) row[1]));
        teams.sort(String::compareTo);
        return new Names(mentors, teams);
    }

    /** What the owner reads about an item the audience of which is {@code names}. */
    public static String describe(String noun, boolean sharedWithMentors, Names names) {
        return describe(noun, sharedWithMentors, names.mentors(), names.teams());
    }

    /** For mentors only: "Only you can see this milestone." or "You and Bob (your mentor) can see …". */
    public static String describe(String noun, boolean sharedWithMentors, List<Person> mentors) {
        return describe(
                noun,
                sharedWithMentors,
                mentors.stream().map(p -> p.displayName).toList(),
                List.of());
    }

    /**
     * What the owner reads: everyone who can see the item now, by name. {@code mentors} are the
     * owner's active mentors, {@code teams} the teams it is shared with where the owner is a
     * current member (the only teams whose members can see it).
     */
    public static String describe(String noun, boolean sharedWithMentors, List<String> mentors, List<String> teams) {
        List<String> who = new ArrayList<>();
        if (sharedWithMentors && !mentors.isEmpty()) {
            who.add(names(mentors) + (mentors.size() == 1 ? " (your mentor)" : " (your mentors)"));
        }
        if (!teams.isEmpty()) {
            who.add("the members of " + names(teams));
        }
        if (who.isEmpty()) {
            return sharedWithMentors
                    ? "Shared with your mentors; you have none yet, so only you can see this " + noun + "."
                    : describePrivate(noun);
        }
        return (who.size() == 1 ? "You and " : "You, ") + names(who) + " can see this " + noun + ".";
    }

    /**
     * What someone it is shared with reads: how it reached them. {@code asMentor} when they are an
     * active mentor and it is shared with mentors; {@code viaTeams} the teams they see it through.
     */
    public static String describeForViewer(String noun, Person owner, boolean asMentor, List<Team> viaTeams) {
        List<String> how = new ArrayList<>();
        if (asMentor) {
            how.add("you as a mentor");
        }
        if (!viaTeams.isEmpty()) {
            how.add("the team " + names(viaTeams.stream().map(t -> t.name).toList()));
        }
        return owner.displayName + " shared this " + noun + " with " + (how.isEmpty() ? "you" : names(how)) + ".";
    }

    /** "A", "A and B", "A, B and C". */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
