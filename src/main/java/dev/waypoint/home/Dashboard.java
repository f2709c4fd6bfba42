package dev.waypoint.home;

import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalOverview;
import dev.waypoint.goals.NorthStar;
import dev.waypoint.goals.ProgressCounters;
import dev.waypoint.goals.Step;
import dev.waypoint.people.Person;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;

/** What the personal dashboard shows, loaded in a fixed handful of queries. */
public record Dashboard(
        Person person,
        GoalOverview overview,
        List<Step> dueSoon,
        List<Goal> recentlyAchieved,
        List<Goal> standingStill,
        ProgressCounters counters) {

    static final int DUE_WITHIN_DAYS = 14;
    static final Duration RECENT = Duration.ofDays(30);
    static final Duration STILL_FOR = Duration.ofDays(28);

    static Dashboard load(Person person, Clock clock) {
        ZoneId zone = person.zone();
        Instant now = clock.instant();
        List<Goal> goals = Goal.currentOf(person.id, now.minus(RECENT));
        Instant yearStart =
                Year.now(clock.withZone(zone)).atDay(1).atStartOfDay(zone).toInstant();
        return new Dashboard(
                person,
                GoalOverview.of(NorthStar.ownedBy(person.id), goals),
                Step.dueSoon(person.id, LocalDate.now(clock.withZone(zone)).plusDays(DUE_WITHIN_DAYS)),
                goals.stream().filter(Goal::isAchieved).toList(),
                goals.stream()
                        .filter(Goal::isActive)
                        .filter(goal -> goal.lastProgressAt.isBefore(now.minus(STILL_FOR)))
                        .toList(),
                ProgressCounters.of(person.id, yearStart));
    }

    public boolean isNew() {
        return overview.isEmpty();
    }
}
