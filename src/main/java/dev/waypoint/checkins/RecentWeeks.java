package dev.waypoint.checkins;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's check-ins and paused weeks since a week, from one statement (a union of the two
 * tables, each through its index on the owner and week): all the dashboard needs of them for the
 * check-in card, consistency and wins.
 */
public record RecentWeeks(List<CheckInSummary> checkIns, Set<Week> paused) {

    /** What the dashboard shows of a check-in: its week, whether it went in, and its wins. */
    public record CheckInSummary(Week week, boolean submitted, Instant submittedAt, String wins) {

        public List<String> winItems() {
            return CheckIn.lines(wins);
        }
    }

    public static RecentWeeks since(Long ownerId, Week since) {
        List<Object[]> rows = CheckIn.getEntityManager()
                .createQuery(
                        "select c.weekStart, c.submitted, c.submittedAt, c.wins, false from CheckIn c"
                                + " where c.owner.id = ?1 and c.weekStart >= ?2"
                                + " union all select p.weekStart, false, cast(null as Instant), cast(null as String),"
                                + " true from WeekPause p where p.owner.id = ?1 and p.weekStart >= ?2",
                        Object[].class)
                .setParameter(1, ownerId)
                .setParameter(2, since.start())
                .getResultList();
        List<CheckInSummary> checkIns = new ArrayList<>();
        Set<Week> paused = new HashSet<>();
        for (Object[] row : rows) {
            Week week = new Week((LocalDate) row[0]);
            if (Boolean.TRUE.equals(row[4])) {
                paused.add(week);
            } else {
                checkIns.add(new CheckInSummary(week, (Boolean) row[1], (Instant) row[2], (String) row[3]));
            }
        }
        return new RecentWeeks(checkIns, paused);
    }

    public boolean submitted(Week week) {
        return checkIns.stream().anyMatch(c -> c.submitted() && c.week().equals(week));
    }

    public boolean isPaused(Week week) {
        return paused.contains(week);
    }

    public Consistency consistency(Week current, Week start) {
        Set<Week> submitted = checkIns.stream()
                .filter(CheckInSummary::submitted)
                .map(CheckInSummary::week)
                .collect(Collectors.toSet());
        return Consistency.ofWeeks(current, start, submitted, paused);
    }
}
