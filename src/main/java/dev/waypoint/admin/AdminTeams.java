package dev.waypoint.admin;

import dev.waypoint.teams.Membership;
import dev.waypoint.teams.Team;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The teams of the instance as an admin sees them: name, members and leads counted (deactivated
 * people not counted), archived or not. A team with members but no active lead needs one named.
 */
record AdminTeams(List<Row> rows, long total, Pager pager) {

    /** One team; {@code needsLead} when no active person leads it. */
    record Row(Long id, String name, boolean archived, long members, long leads) {
        public boolean needsLead() {
            return !archived && leads == 0;
        }
    }

    private static final String NO_ACTIVE_LEAD = "not exists (select m.id from Membership m where m.team = t"
            + " and m.role = dev.waypoint.teams.Membership.Role.LEAD and m.leftAt is null and m.person.active = true)";

    /** A page of teams, those awaiting a lead first, then by name. */
    static AdminTeams load(int page) {
        long total = Team.count();
        Pager pager = Pager.of(total, page, "/admin/teams");
        List<Team> teams = Team.getEntityManager()
                .createQuery(
                        "select t from Team t order by case when t.archivedAt is null and " + NO_ACTIVE_LEAD
                                + " then 0 else 1 end, t.name, t.id",
                        Team.class)
                .setFirstResult(pager.firstResult())
                .setMaxResults(Pager.SIZE)
                .getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        if (!teams.isEmpty()) {
            Membership.getEntityManager()
                    .createQuery(
                            "select m.team.id, count(m), sum(case when m.role = dev.waypoint.teams.Membership.Role.LEAD"
                                    + " then 1 else 0 end) from Membership m where m.team in ?1 and m.leftAt is null"
                                    + " and m.person.active = true group by m.team.id",
                            Object[].class)
                    .setParameter(1, teams)
                    .getResultList()
                    .forEach(row ->
                            counts.put((Long) row[0], new long[] {(Long) row[1], ((Number) row[2]).longValue()}));
        }
        List<Row> rows = teams.stream()
                .map(team -> {
                    long[] count = counts.getOrDefault(team.id, new long[2]);
                    return new Row(team.id, team.name, team.isArchived(), count[0], count[1]);
                })
                .toList();
        return new AdminTeams(rows, total, pager);
    }

    /** Teams that are not archived and have no active lead. */
    static long withoutLeadCount() {
        return Team.getEntityManager()
                .createQuery("select count(t) from Team t where t.archivedAt is null and " + NO_ACTIVE_LEAD, Long.class)
                .getSingleResult();
    }
}
