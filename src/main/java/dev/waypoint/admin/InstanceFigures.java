package dev.waypoint.admin;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Week;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.notifications.OutboxMail;
import dev.waypoint.people.Person;
import dev.waypoint.reflections.Insights;
import dev.waypoint.teams.Team;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The instance at a glance, for its admins: counts only, never anyone's content. */
record InstanceFigures(
        long people,
        long activeThisWeek,
        long activeThisMonth,
        long deactivated,
        long teams,
        long archivedTeams,
        long teamsWithoutLead,
        long mentorships,
        Insights.LineChart checkInsPerWeek,
        long busiestWeek,
        String databaseSize,
        long mailsWaiting,
        long mailsFailed) {

    /** How far back e-mails given up on are shown. */
    static final Duration FAILED_SHOWN_FOR = Duration.ofDays(30);

    static final int WEEKS = 12;

    static InstanceFigures load(Clock clock, String databaseSize) {
        Instant now = clock.instant();
        long teams = Team.count("archivedAt is null");
        Week current = Week.current(clock, ZoneOffset.UTC);
        List<Long> perWeek = checkInsPerWeek(current);
        long busiest = perWeek.stream().mapToLong(Long::longValue).max().orElse(0);
        return new InstanceFigures(
                Person.count(),
                Person.count("lastSignInAt >= ?1", now.minus(Duration.ofDays(7))),
                Person.count("lastSignInAt >= ?1", now.minus(Duration.ofDays(30))),
                Person.count("active = false"),
                teams,
                Team.count("archivedAt is not null"),
                AdminTeams.withoutLeadCount(),
                Mentorship.count("endedAt is null"),
                chart(current, perWeek, busiest),
                busiest,
                databaseSize,
                OutboxMail.count("state", OutboxMail.State.WAITING),
                OutboxMail.count("state = ?1 and dueAt >= ?2", OutboxMail.State.FAILED, now.minus(FAILED_SHOWN_FOR)));
    }

    /** Submitted check-ins in each of the last twelve weeks up to {@code current}, oldest first. */
    private static List<Long> checkInsPerWeek(Week current) {
        Week first = current.minusWeeks(WEEKS - 1L);
        Map<LocalDate, Long> byWeek = new HashMap<>();
        CheckIn.getEntityManager()
                .createQuery(
                        "select c.weekStart, count(c) from CheckIn c where c.weekStart >= ?1 and c.submitted = true"
                                + " group by c.weekStart",
                        Object[].class)
                .setParameter(1, first.start())
                .getResultList()
                .forEach(row -> byWeek.merge((LocalDate) row[0], (Long) row[1], Long::sum));
        List<Long> values = new ArrayList<>();
        for (int index = 0; index < WEEKS; index++) {
            values.add(byWeek.getOrDefault(first.plusWeeks(index).start(), 0L));
        }
        return values;
    }

    private static Insights.LineChart chart(Week current, List<Long> perWeek, long busiest) {
        long total = perWeek.stream().mapToLong(Long::longValue).sum();
        String summary = total + " check-ins in the last " + WEEKS + " weeks; the busiest week had " + busiest
                + ", this week so far " + perWeek.get(WEEKS - 1) + ".";
        return Insights.weekly("Check-ins per week", current, perWeek, busiest, "check-ins", summary);
    }
}
