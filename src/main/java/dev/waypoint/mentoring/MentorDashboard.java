package dev.waypoint.mentoring;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Consistency;
import dev.waypoint.checkins.Week;
import dev.waypoint.checkins.WeekPause;
import dev.waypoint.circles.Audience;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.people.Person;
import io.quarkus.panache.common.Parameters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every mentee at a glance, from what they shared: goals with progress, the last shared
 * check-in, consistency, gentle flags, wins and roadblocks. Four queries, however many mentees.
 */
public record MentorDashboard(List<MenteeCard> mentees) {

    static final Duration STILL_FOR = Duration.ofDays(28);

    public record MenteeCard(
            Mentorship mentorship,
            List<Goal> goals,
            CheckIn lastCheckIn,
            Consistency consistency,
            boolean quietTwoWeeks,
            boolean stillFourWeeks,
            List<String> wins,
            List<String> roadblocks) {

        public Person mentee() {
            return mentorship.mentee;
        }
    }

    static MentorDashboard load(Long mentorId, Clock clock) {
        List<Mentorship> mentorships = Mentorship.list(
                "from Mentorship m join fetch m.mentee where m.mentor.id = ?1 and m.endedAt is null order by m.startedAt",
                mentorId);
        List<Long> menteeIds = mentorships.stream().map(m -> m.mentee.id).toList();
        if (menteeIds.isEmpty()) {
            return new MentorDashboard(List.of());
        }
        Instant now = clock.instant();
        Week anyCurrent = Week.current(clock, java.time.ZoneOffset.UTC);
        Week since = anyCurrent.minusWeeks(Consistency.WINDOW);
        Map<Long, List<Goal>> goals = Goal.<Goal>list(
                        "from Goal g left join fetch g.northStar where g.status in :open and "
                                + Audience.seenByMentor("g") + " order by g.createdAt",
                        Parameters.with("open", List.of(GoalStatus.ACTIVE, GoalStatus.PAUSED, GoalStatus.ACHIEVED))
                                .and(Audience.MENTEES, menteeIds))
                .stream()
                .collect(Collectors.groupingBy(g -> g.owner.id));
        Map<Long, List<CheckIn>> checkIns = CheckIn.<CheckIn>list(
                        "from CheckIn c where c.submitted = true and c.weekStart >= :since and "
                                + Audience.seenByMentor("c") + " order by c.weekStart",
                        Parameters.with("since", since.start()).and(Audience.MENTEES, menteeIds))
                .stream()
                .collect(Collectors.groupingBy(c -> c.owner.id));
        Map<Long, List<WeekPause>> pauses = WeekPause.<WeekPause>list(
                        "from WeekPause p where p.owner.id in ?1 and p.weekStart >= ?2", menteeIds, since.start())
                .stream()
                .collect(Collectors.groupingBy(p -> p.owner.id));
        return new MentorDashboard(mentorships.stream()
                .map(m -> card(
                        m,
                        goals.getOrDefault(m.mentee.id, List.of()),
                        checkIns.getOrDefault(m.mentee.id, List.of()),
                        pauses.getOrDefault(m.mentee.id, List.of()),
                        clock,
                        now))
                .toList());
    }

    private static MenteeCard card(
            Mentorship mentorship,
            List<Goal> goals,
            List<CheckIn> checkIns,
            List<WeekPause> pauses,
            Clock clock,
            Instant now) {
        Week current = Week.current(clock, mentorship.mentee.zone());
        CheckIn last =
                checkIns.stream().max(Comparator.comparing(c -> c.weekStart)).orElse(null);
        boolean quiet = last == null || last.week().compareTo(current.minusWeeks(2)) <= 0;
        List<Goal> active = goals.stream().filter(Goal::isActive).toList();
        boolean still =
                !active.isEmpty() && active.stream().allMatch(g -> g.lastProgressAt.isBefore(now.minus(STILL_FOR)));
        List<String> wins = checkIns.stream()
                .sorted(Comparator.comparing((CheckIn c) -> c.weekStart).reversed())
                .limit(2)
                .flatMap(c -> c.winItems().stream())
                .limit(5)
                .toList();
        List<String> roadblocks = last == null ? List.of() : last.roadblockItems();
        return new MenteeCard(
                mentorship, goals, last, Consistency.of(current, checkIns, pauses), quiet, still, wins, roadblocks);
    }
}
