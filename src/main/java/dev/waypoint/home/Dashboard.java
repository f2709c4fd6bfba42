package dev.waypoint.home;

import dev.waypoint.checkins.CheckInState;
import dev.waypoint.checkins.Consistency;
import dev.waypoint.checkins.RecentWeeks;
import dev.waypoint.checkins.Week;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalOverview;
import dev.waypoint.goals.NorthStar;
import dev.waypoint.goals.ProgressCounters;
import dev.waypoint.goals.Step;
import dev.waypoint.meetings.Meeting;
import dev.waypoint.people.Person;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** What the personal dashboard shows, loaded in a fixed handful of queries. */
public record Dashboard(
        Person person,
        GoalOverview overview,
        List<Step> dueSoon,
        List<Goal> recentlyAchieved,
        List<Goal> standingStill,
        ProgressCounters counters,
        Week week,
        CheckInState checkIn,
        boolean checkInDay,
        Consistency consistency,
        List<Win> wins,
        Goal pendingReflection,
        Inbox newForYou,
        List<Meeting> sessions) {

    /** One thing that went well: an achieved goal, a finished step, a check-in win. */
    public record Win(Instant at, String text, String link, String kind) {}

    static final int WINS_SHOWN = 8;
    /** Goals listed under each north star (and under "Other goals"); the goals page has them all. */
    static final int GOALS_SHOWN = 5;

    /** Unread inbox entries at the top of the dashboard ("New for you"); the inbox has the rest. */
    static final int NEW_SHOWN = 5;

    static final Duration WINS_WINDOW = Duration.ofDays(14);
    static final Duration REFLECT_WITHIN = Duration.ofDays(90);

    static final int DUE_WITHIN_DAYS = 14;
    static final Duration RECENT = Duration.ofDays(30);
    static final Duration STILL_FOR = Duration.ofDays(28);

    /** The check-in card's line, naming the person's check-in day while it is due. */
    public String checkInMessage() {
        return checkIn.message(person.checkInDay, checkInDay);
    }

    static Dashboard load(Person person, Clock clock) {
        ZoneId zone = person.zone();
        Instant now = clock.instant();
        Instant yearStart =
                Year.now(clock.withZone(zone)).atDay(1).atStartOfDay(zone).toInstant();
        Instant recent = now.minus(RECENT);
        Instant reflectSince = now.minus(REFLECT_WITHIN);
        DashboardGoals all = DashboardGoals.load(person.id, earliest(yearStart, recent, reflectSince));
        List<Goal> goals = all.current(recent);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Week week = Week.containing(today);
        Week since = week.minusWeeks(Consistency.WINDOW - 1L);
        RecentWeeks lately = RecentWeeks.since(person.id, since);
        boolean submitted = lately.submitted(week);
        boolean paused = lately.isPaused(week);
        List<Goal> achieved = goals.stream().filter(Goal::isAchieved).toList();
        List<Step> steps = Step.dueOrFinished(person.id, today.plusDays(DUE_WITHIN_DAYS), now.minus(WINS_WINDOW), now);
        return new Dashboard(
                person,
                GoalOverview.of(NorthStar.ownedBy(person.id), goals, all.goals()),
                steps.stream()
                        .filter(step -> step.doneAt == null)
                        .sorted(Comparator.comparing((Step step) -> step.dueDate)
                                .thenComparing(step -> step.id))
                        .toList(),
                achieved,
                goals.stream()
                        .filter(Goal::isActive)
                        .filter(goal -> goal.lastProgressAt.isBefore(now.minus(STILL_FOR)))
                        .toList(),
                ProgressCounters.of(all.goals(), yearStart),
                week,
                CheckInState.of(submitted, paused, today, person.checkInDay),
                today.getDayOfWeek() == person.checkInDay && !submitted && !paused,
                lately.consistency(week, Week.of(person.createdAt, zone)),
                wins(
                        achieved,
                        steps.stream().filter(step -> step.doneAt != null).toList(),
                        lately.checkIns()),
                all.waitingForReflection(reflectSince).orElse(null),
                person.unreadNotices == 0 ? Inbox.NOTHING : Inbox.of(person, null, NEW_SHOWN, true),
                Meeting.nextWithEachMentor(person.id, now));
    }

    private static Instant earliest(Instant... instants) {
        return Collections.min(List.of(instants));
    }

    /** The newest wins of the last two weeks, whatever their kind. */
    static List<Win> wins(List<Goal> achieved, List<Step> finished, List<RecentWeeks.CheckInSummary> checkIns) {
        List<Win> wins = new ArrayList<>();
        achieved.forEach(
                goal -> wins.add(new Win(goal.achievedAt, "Achieved: " + goal.title, "/goals/" + goal.id, "goal")));
        finished.forEach(step -> wins.add(
                new Win(step.doneAt, step.title + " (" + step.goal.title + ")", "/goals/" + step.goal.id, "step")));
        checkIns.stream()
                .filter(c -> c.submitted() && c.submittedAt() != null)
                .forEach(c -> c.winItems()
                        .forEach(text -> wins.add(new Win(
                                c.submittedAt(), text, "/check-ins/" + c.week().id(), "check-in"))));
        return wins.stream()
                .sorted(Comparator.comparing(Win::at).reversed())
                .limit(WINS_SHOWN)
                .toList();
    }

    public int goalsShown() {
        return GOALS_SHOWN;
    }

    public boolean isNew() {
        return overview.isEmpty();
    }
}
