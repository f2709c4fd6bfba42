package dev.waypoint.circles;

import dev.waypoint.people.Person;
import java.util.ArrayList;
import java.util.List;

/**
 * The one audience rule: a goal, check-in or milestone is seen by its owner, and by the owner's
 * active mentors when the owner shared it with them. While an admin has deactivated the owner, only
 * the owner's own rows match (and they cannot sign in): nothing of theirs shows to anyone. Used both as a query condition (so lists
 * never filter in memory) and to describe, on each page, exactly who can see the item.
 */
public final class Audience {

    /** The query parameter {@link #visibleTo} binds the viewer's id to. */
    public static final String VIEWER = "viewerId";

    /** The query parameter {@link #seenByTeam} binds the team's id to. */
    public static final String TEAM = "teamId";

    /** The query parameter {@link #seenByMentor} and {@link #ofMentees} bind the mentor's id to. */
    public static final String MENTOR = "mentorId";

    private Audience() {}

    /**
     * A JPQL condition on one item with the given alias (it has {@code owner} and
     * {@code sharedWithMentors}): visible to {@code :viewerId}. {@code teamItem} names the kind
     * of item in team shares, or null for items never shared with teams.
     */
    public static String visibleTo(String alias, TeamShare.Item teamItem) {
        String viewer = ":" + VIEWER;
        String condition = "(" + alias + ".owner.id = " + viewer + " or (" + mentorSees(alias, viewer) + ")";
        if (teamItem != null) {
            condition += " or exists (select mb.id from Membership mb where mb.person.id = " + viewer
                    + " and mb.leftAt is null and mb.team.archivedAt is null and "
                    + teamSees(alias, teamItem, "mb.team.id") + ")";
        }
        return condition + ")";
    }

    /**
     * The same rule for a list a team's members see: items of that kind shared with
     * {@code :teamId} whose owner is still a current member of it.
     */
    public static String seenByTeam(String alias, TeamShare.Item item) {
        return teamSees(alias, item, ":" + TEAM);
    }

    /**
     * The same rule for a mentor's list, as a join to put after the item's alias: what the mentees
     * of {@code :mentorId}'s active mentorships shared with mentors.
     */
    public static String seenByMentor(String alias) {
        return ofMentees(alias) + " and " + alias + ".sharedWithMentors = true";
    }

    /**
     * A join to put after a row's alias: the rows of {@code :mentorId}'s active mentees, through
     * their mentorship (alias {@code ms}). The database starts from the mentor's mentorships and
     * seeks each mentee's rows in their own index (a subquery there made H2 read every check-in of
     * the instance), and with no list of ids to bind, Hibernate keeps its translation of the query
     * from one request to the next.
     */
    public static String ofMentees(String alias) {
        return " join Mentorship ms on ms.mentee.id = " + alias + ".owner.id and ms.mentor.id = :" + MENTOR
                + " and ms.endedAt is null join Person msp on msp.id = ms.mentee.id and msp.active = true";
    }

    private static String mentorSees(String alias, String mentor) {
        return alias + ".sharedWithMentors = true and " + alias + ".owner.active = true and " + alias
                + ".owner.id in (select ms.mentee.id from Mentorship ms where ms.mentor.id = " + mentor
                + " and ms.endedAt is null)";
    }

    private static String teamSees(String alias, TeamShare.Item item, String team) {
        return alias + ".id in (select ts.itemId from TeamShare ts where ts.team.id = " + team
                + " and ts.itemType = '" + item.name() + "') and " + alias + ".owner.id in (select own.person.id"
                + " from Membership own where own.team.id = " + team + " and own.leftAt is null"
                + " and own.person.active = true)";
    }

    /**
     * For the audit log: who sees an item now, by kind of audience and team name, never by the item's
     * text ("the check-in of Week 49: now shared with mentors and the team Platform").
     */
    public static String sharingNow(String item, boolean withMentors, List<String> teams) {
        List<String> who = new ArrayList<>();
        if (withMentors) {
            who.add("mentors");
        }
        if (!teams.isEmpty()) {
            who.add((teams.size() == 1 ? "the team " : "the teams ") + names(teams));
        }
        return item + (who.isEmpty() ? ": now private" : ": now shared with " + names(who));
    }

    /** What a private item's page says about who can see it. */
    public static String describePrivate(String noun) {
        return "Only you can see this " + noun + ".";
    }

    /**
     * Who can see an item besides its owner, by name: active mentors, and teams; and every team the
     * owner is in now, each saying whether the item is shared with it (for the owner's switches).
     */
    public record Names(List<String> mentors, List<String> teams, List<TeamChoice> teamChoices) {}

    /** One of the owner's teams, and whether an item is on it. */
    public record TeamChoice(Long teamId, String name, boolean shared) {}

    /**
     * The names behind an item's audience in one statement: the owner's active mentors when it
     * is shared with them, and the owner's current teams (not archived) with whether the item is
     * shared with each. Only the teams it is shared with can see it.
     */
    public static Names of(TeamShare.Item item, Long itemId, Long ownerId, boolean sharedWithMentors) {
        List<Object[]> rows = Mentorship.getEntityManager()
                .createQuery(
                        "select 'MENTOR', m.mentor.displayName, m.startedAt, cast(null as Long), false"
                                + " from Mentorship m where m.mentee.id = :owner and m.endedAt is null and :mentors = true"
                                + " union all select 'TEAM', mb.team.name, mb.team.createdAt, mb.team.id,"
                                + " (case when exists (select 1 from TeamShare s where s.team = mb.team"
                                + " and s.itemType = :item and s.itemId = :itemId) then true else false end)"
                                + " from Membership mb where mb.person.id = :owner and mb.leftAt is null"
                                + " and mb.team.archivedAt is null",
                        Object[].class)
                .setParameter("owner", ownerId)
                .setParameter("mentors", sharedWithMentors)
                .setParameter("item", item)
                .setParameter("itemId", itemId)
                .getResultList();
        List<String> mentors = new ArrayList<>();
        List<TeamChoice> choices = new ArrayList<>();
        rows.stream()
                .sorted(java.util.Comparator.comparing(row -> (java.time.Instant) row[2]))
                .forEach(row -> {
                    if ("MENTOR".equals(row[0])) {
                        mentors.add((String) row[1]);
                    } else {
                        choices.add(new TeamChoice((Long) row[3], (String) row[1], (Boolean) row[4]));
                    }
                });
        choices.sort(java.util.Comparator.comparing(TeamChoice::name));
        List<String> teams = choices.stream()
                .filter(TeamChoice::shared)
                .map(TeamChoice::name)
                .toList();
        return new Names(mentors, teams, choices);
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
