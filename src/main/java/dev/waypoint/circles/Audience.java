package dev.waypoint.circles;

import dev.waypoint.teams.Team;
import dev.waypoint.teams.TeamShare;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one audience rule: a goal, check-in or milestone is seen by its owner, and by the owner's
 * active mentors when the owner shared it with them. While an admin has deactivated the owner, only
 * the owner's own rows match (and they cannot sign in): nothing of theirs shows to anyone. Used both as a query condition (so lists
 * never filter in memory) and to find the names of who can see the item now ({@link #of}); {@link
 * AudienceWords} says it in words.
 */
public final class Audience {

    private static final String VIEWER = "audienceViewer";
    private static final String TEAM = "audienceTeam";
    private static final String MENTOR = "audienceMentor";
    private static final String MENTORSHIP = "audienceMentorship";

    /**
     * A piece of a query that holds the rule: its JPQL, about the alias it was made for, and the
     * parameters it needs, bound by {@link #bind} or {@link #and}, never by hand.
     */
    public record Condition(String jpql, Map<String, Object> parameters) {

        /** The query, with this condition's parameters bound. */
        public <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }

        /** The other parameters of a Panache query, with this condition's added. */
        public Parameters and(Parameters others) {
            parameters.forEach(others::and);
            return others;
        }
    }

    private Audience() {}

    /**
     * A JPQL condition on one item with the given alias (it has {@code owner} and
     * {@code sharedWithMentors}): visible to the viewer. {@code teamItem} names the kind
     * of item in team shares, or null for items never shared with teams.
     */
    public static Condition visibleTo(String alias, TeamShare.Item teamItem, Long viewerId) {
        String viewer = ":" + VIEWER;
        String condition = "(" + alias + ".owner.id = " + viewer + " or (" + mentorSees(alias, viewer) + ")";
        if (teamItem != null) {
            condition += " or exists (select mb.id from Membership mb where mb.person.id = " + viewer
                    + " and mb.leftAt is null and mb.team.archivedAt is null and "
                    + teamSees(alias, teamItem, "mb.team.id") + ")";
        }
        return new Condition(condition + ")", Map.of(VIEWER, viewerId));
    }

    /**
     * The same rule for a list a team's members see: items of that kind shared with
     * the team whose owner is still a current member of it.
     */
    public static Condition seenByTeam(String alias, TeamShare.Item item, Long teamId) {
        return new Condition(teamSees(alias, item, ":" + TEAM), Map.of(TEAM, teamId));
    }

    /**
     * The same rule for a mentor's list, as a join to put after the item's alias: what the mentees
     * of the mentor's active mentorships shared with mentors.
     */
    public static Condition seenByMentor(String alias, Long mentorId) {
        return new Condition(
                ofMentees(alias, mentorId).jpql() + " and " + alias + ".sharedWithMentors = true",
                Map.of(MENTOR, mentorId));
    }

    /**
     * A join to put after a row's alias: the rows of the mentor's active mentees, through
     * their mentorship (alias {@code ms}). The database starts from the mentor's mentorships and
     * seeks each mentee's rows in their own index (a subquery there made H2 read every check-in of
     * the instance), and with no list of ids to bind, Hibernate keeps its translation of the query
     * from one request to the next.
     */
    public static Condition ofMentees(String alias, Long mentorId) {
        return new Condition(
                " join Mentorship ms on ms.mentee.id = " + alias + ".owner.id and ms.mentor.id = :" + MENTOR
                        + " and ms.endedAt is null join Person msp on msp.id = ms.mentee.id and msp.active = true",
                Map.of(MENTOR, mentorId));
    }

    /**
     * The same rule for the agenda of one mentorship, as a join to put after the item's alias: what
     * its mentee shared with mentors, while the mentee is not deactivated. Whoever asks must be one of
     * the two (the mentorship's page checks it); the items are the mentee's, so the mentee's indexes
     * find them.
     */
    public static Condition sharedInMentorship(String alias, Long mentorshipId) {
        return new Condition(
                " join Mentorship msa on msa.mentee.id = " + alias + ".owner.id and msa.id = :" + MENTORSHIP
                        + " join Person msap on msap.id = msa.mentee.id and msap.active = true and " + alias
                        + ".sharedWithMentors = true",
                Map.of(MENTORSHIP, mentorshipId));
    }

    /**
     * A team's own items (its team goals) belong to the team: seen by its current members while
     * it is not archived. A condition on the team's alias.
     */
    public static Condition ofTeamMembers(String teamAlias, Long viewerId) {
        return new Condition(
                teamAlias + ".archivedAt is null and exists (select mb.id from Membership mb where mb.team = "
                        + teamAlias + " and mb.person.id = :" + VIEWER + " and mb.leftAt is null)",
                Map.of(VIEWER, viewerId));
    }

    /**
     * The same rule for what the viewer's teams show, as joins to put after the item's alias: items
     * of that kind shared with a team (alias {@code teamAlias}, one row per team) that is not
     * archived, whose current members are both the viewer and the item's owner, while the owner is
     * not deactivated. The database starts from the viewer's memberships.
     */
    public static Condition onBoardsOf(String alias, TeamShare.Item item, String teamAlias, Long viewerId) {
        return new Condition(
                " join TeamShare bts on bts.itemType = '" + item.name() + "' and bts.itemId = " + alias + ".id"
                        + " join Team " + teamAlias + " on " + teamAlias + ".id = bts.team.id and " + teamAlias
                        + ".archivedAt is null join Membership bvm on bvm.team.id = " + teamAlias
                        + ".id and bvm.person.id = :" + VIEWER + " and bvm.leftAt is null"
                        + " join Membership bom on bom.team.id = " + teamAlias + ".id and bom.person.id = " + alias
                        + ".owner.id and bom.leftAt is null join Person bop on bop.id = " + alias
                        + ".owner.id and bop.active = true",
                Map.of(VIEWER, viewerId));
    }

    /**
     * {@link #ofTeamMembers} as a join to put after the team's alias, so the database starts from
     * the viewer's memberships: the teams the viewer is a current member of, not archived.
     */
    public static Condition teamsOf(String teamAlias, Long viewerId) {
        return new Condition(
                " join Membership tvm on tvm.team.id = " + teamAlias + ".id and tvm.person.id = :" + VIEWER
                        + " and tvm.leftAt is null and " + teamAlias + ".archivedAt is null",
                Map.of(VIEWER, viewerId));
    }

    /**
     * The rule's team part, team by team: the teams through which the viewer sees an item of the
     * owner's (it is shared there, both are current members, the team is not archived and the owner
     * not deactivated), by name.
     */
    public static List<Team> teamsSeenThrough(TeamShare.Item item, Long itemId, Long ownerId, Long viewerId) {
        return Team.list(
                "select s.team from TeamShare s, Membership viewer, Membership owner where s.itemType = ?1"
                        + " and s.itemId = ?2 and viewer.team = s.team and viewer.person.id = ?3 and viewer.leftAt is null"
                        + " and owner.team = s.team and owner.person.id = ?4 and owner.leftAt is null"
                        + " and owner.person.active = true and s.team.archivedAt is null order by s.team.name",
                item,
                itemId,
                viewerId,
                ownerId);
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
}
