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
import org.hibernate.jpa.HibernateHints;

/**
 * Every mentee at a glance, from what they shared: a few goals with progress, the last shared
 * check-in, consistency, gentle flags, wins and roadblocks. A card stays the same size however
 * long the mentee has been sharing; everything else is on the mentee's own page. Four queries,
 * however many mentees.
 */
public record MentorDashboard(List<MenteeCard> mentees) {

    static final Duration STILL_FOR = Duration.ofDays(28);
    /** Goals achieved longer ago than this leave the dashboard; the mentee's page keeps them. */
    static final Duration ACHIEVED_SHOWN_FOR = Duration.ofDays(30);
    /** How many goals a card lists before "and N more". */
    static final int GOALS_ON_A_CARD = 3;

    public record MenteeCard(
            Mentorship mentorship,
            List<Goal> goals,
            List<CheckIn> checkIns,
            Consistency consistency,
            boolean quietTwoWeeks,
            boolean stillFourWeeks,
            List<String> wins,
            List<String> roadblocks) {

        public Person mentee() {
            return mentorship.mentee;
        }

        /** The newest shared check-in, or null. */
        public CheckIn lastCheckIn() {
            return checkIns.isEmpty() ? null : checkIns.get(0);
        }

        public List<Goal> goalsOnCard() {
            return goals.stream().limit(GOALS_ON_A_CARD).toList();
        }

        public int goalsNotOnCard() {
            return Math.max(0, goals.size() - GOALS_ON_A_CARD);
        }
    }

    static MentorDashboard load(Long mentorId, Clock clock) {
        List<Mentorship> mentorships = Mentorship.list(
                "from Mentorship m join fetch m.mentee where m.mentor.id = ?1 and m.endedAt is null order by m.startedAt",
                mentorId);
        Week since = Week.current(clock, java.time.ZoneOffset.UTC).minusWeeks(Consistency.WINDOW);
        return new MentorDashboard(cards(mentorships, clock, clock.instant().minus(ACHIEVED_SHOWN_FOR), since));
    }

    /**
     * The cards of these mentorships: goals shared with mentors that are open or were achieved
     * since {@code achievedSince} (all of them when null), and check-ins shared since the week
     * {@code since}, newest first.
     */
    static List<MenteeCard> cards(List<Mentorship> mentorships, Clock clock, Instant achievedSince, Week since) {
        List<Long> menteeIds = mentorships.stream().map(m -> m.mentee.id).toList();
        if (menteeIds.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Week consistencyFrom = Week.current(clock, java.time.ZoneOffset.UTC).minusWeeks(Consistency.WINDOW);
        // Read-only: the mentor only reads, so Hibernate keeps no copies of the mentees' rows to compare.
        Map<Long, List<Goal>> goals = Goal.<Goal>find(
                        "from Goal g left join fetch g.northStar where " + Audience.seenByMentor("g")
                                + " and (g.status = :active or g.status = :paused"
                                + " or (g.status = :achieved and g.achievedAt >= :achievedSince))"
                                + " order by g.lastProgressAt desc, g.id",
                        Parameters.with("active", GoalStatus.ACTIVE)
                                .and("paused", GoalStatus.PAUSED)
                                .and("achieved", GoalStatus.ACHIEVED)
                                .and("achievedSince", achievedSince == null ? Instant.EPOCH : achievedSince)
                                .and(Audience.MENTEES, menteeIds))
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list()
                .stream()
                // Active goals first, then recent wins, then paused ones; each by latest progress.
                .sorted(Comparator.comparing((Goal g) -> g.status.ordinal()))
                .collect(Collectors.groupingBy(g -> g.owner.id));
        Map<Long, List<CheckIn>> checkIns = CheckIn.<CheckIn>find(
                        "from CheckIn c where c.submitted = true and c.weekStart >= :since and "
                                + Audience.seenByMentor("c") + " order by c.weekStart desc",
                        Parameters.with("since", since.start()).and(Audience.MENTEES, menteeIds))
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list()
                .stream()
                .collect(Collectors.groupingBy(c -> c.owner.id));
        Map<Long, List<WeekPause>> pauses = WeekPause.<WeekPause>list(
                        "from WeekPause p where p.owner.id in ?1 and p.weekStart >= ?2",
                        menteeIds,
                        consistencyFrom.start())
                .stream()
                .collect(Collectors.groupingBy(p -> p.owner.id));
        return mentorships.stream()
                .map(m -> card(
                        m,
                        goals.getOrDefault(m.mentee.id, List.of()),
                        checkIns.getOrDefault(m.mentee.id, List.of()),
                        pauses.getOrDefault(m.mentee.id, List.of()),
                        clock,
                        now))
                .toList();
    }

    private static MenteeCard card(
            Mentorship mentorship,
            List<Goal> goals,
            List<CheckIn> checkIns,
            List<WeekPause> pauses,
            Clock clock,
            Instant now) {
        Week current = Week.current(clock, mentorship.mentee.zone());
        CheckIn last = checkIns.isEmpty() ? null : checkIns.get(0);
        boolean quiet = last == null || last.week().compareTo(current.minusWeeks(2)) <= 0;
        List<Goal> active = goals.stream().filter(Goal::isActive).toList();
        boolean still =
                !active.isEmpty() && active.stream().allMatch(g -> g.lastProgressAt.isBefore(now.minus(STILL_FOR)));
        List<String> wins = checkIns.stream()
                .limit(2)
                .flatMap(c -> c.winItems().stream())
                .limit(5)
                .toList();
        List<String> roadblocks = last == null ? List.of() : last.roadblockItems();
        return new MenteeCard(
                mentorship, goals, checkIns, Consistency.of(current, checkIns, pauses), quiet, still, wins, roadblocks);
    }
}
