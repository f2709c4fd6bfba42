package dev.waypoint.mentoring;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Consistency;
import dev.waypoint.checkins.Week;
import dev.waypoint.checkins.WeekPause;
import dev.waypoint.circles.Audience;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.meetings.Meeting;
import dev.waypoint.notifications.NeedsYou;
import dev.waypoint.people.Person;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;

/**
 * Every mentee at a glance, from what they shared: a few goals with progress, the last shared
 * check-in, consistency, gentle flags, wins and roadblocks. A card stays the same size however
 * long the mentee has been sharing; everything else is on the mentee's own page. Mentees who might
 * like a nudge come first, and the page shows the first {@link #CARDS_SHOWN} until the mentor asks
 * for all. Above the cards, what needs the mentor ({@link MentorNeedsYou}). Seven queries, however
 * many mentees.
 */
public record MentorDashboard(
        NeedsYou needsYou,
        List<MenteeCard> mentees,
        int menteeCount,
        Long firstNotShown,
        Map<Long, Meeting> nextSessions) {

    static final Duration STILL_FOR = Duration.ofDays(28);
    /** Goals achieved longer ago than this leave the dashboard; the mentee's page keeps them. */
    static final Duration ACHIEVED_SHOWN_FOR = Duration.ofDays(30);
    /** How many goals a card lists before "and N more". */
    static final int GOALS_ON_A_CARD = 3;
    /** How many mentees the dashboard shows before "Show all N mentees". */
    static final int CARDS_SHOWN = 12;

    /** The same dashboard with another "needs you" list (one that an item has left). */
    MentorDashboard with(NeedsYou changed) {
        return new MentorDashboard(changed, mentees, menteeCount, firstNotShown, nextSessions);
    }

    /** The next session planned with the card's mentee, or null. */
    public Meeting nextSession(MenteeCard card) {
        return nextSessions.get(card.mentorship().id);
    }

    public int notShown() {
        return menteeCount - mentees.size();
    }

    /** A mentee: the goals that show (the first few on the dashboard, all on their page) of {@code goalCount}. */
    public record MenteeCard(
            Mentorship mentorship,
            List<Goal> goals,
            int goalCount,
            List<SharedCheckIn> checkIns,
            Consistency consistency,
            boolean quietTwoWeeks,
            boolean stillFourWeeks,
            List<String> wins,
            List<String> roadblocks) {

        public Person mentee() {
            return mentorship.mentee;
        }

        /** The newest shared check-in, or null. */
        public SharedCheckIn lastCheckIn() {
            return checkIns.isEmpty() ? null : checkIns.get(0);
        }

        public int goalsNotShown() {
            return goalCount - goals.size();
        }
    }

    /**
     * What the cards show of a check-in shared with mentors: its week links to it, the newest
     * two give their wins and roadblocks. Loaded as columns, not entities: a card reads up to
     * twelve of them, thirty cards a page.
     */
    public record SharedCheckIn(Long id, Week week, Integer confidence, String wins, String roadblocks) {

        List<String> winItems() {
            return CheckIn.lines(wins);
        }

        List<String> roadblockItems() {
            return CheckIn.lines(roadblocks);
        }
    }

    /**
     * Cards in order, the first {@code shown} of {@code count} mentees; {@code firstNotShown} is
     * the next mentee's id (null when all show), for "Show all" to take the mentor there.
     */
    record Cards(List<MenteeCard> shown, int count, Long firstNotShown) {}

    /** The gentle flags on a card. */
    private record Nudges(boolean quiet, boolean still) {
        boolean any() {
            return quiet || still;
        }
    }

    /** Where a shared goal stands, without its text: enough to order, count and flag. */
    private record GoalState(Long id, Long ownerId, GoalStatus status, Instant lastProgressAt) {}

    /** The dashboard: the first {@link #CARDS_SHOWN} mentees, or all of them. */
    static MentorDashboard load(Long mentorId, Clock clock, boolean all) {
        List<Mentorship> mentorships = Mentorship.activeOf(mentorId);
        Week since = Week.current(clock, java.time.ZoneOffset.UTC).minusWeeks(Consistency.WINDOW);
        Window window = new Window(
                mentorId,
                null,
                clock.instant().minus(ACHIEVED_SHOWN_FOR),
                since,
                GOALS_ON_A_CARD,
                all ? Integer.MAX_VALUE : CARDS_SHOWN);
        Shared shared = Shared.load(window, mentorships, clock);
        Cards cards = cards(window, mentorships, shared, clock);
        return new MentorDashboard(
                MentorNeedsYou.of(mentorId, mentorships, shared, clock),
                cards.shown(),
                cards.count(),
                cards.firstNotShown(),
                Meeting.nextWithEachMentee(mentorId, clock.instant()));
    }

    /**
     * One mentee's card, with every goal they share and their check-ins of the last {@code weeks}
     * weeks; empty unless they are an active mentee of the mentor.
     */
    static Optional<MenteeCard> mentee(Long mentorId, Long menteeId, Clock clock, int weeks) {
        return Mentorship.active(mentorId, menteeId).map(mentorship -> {
            Week since = Week.current(clock, mentorship.mentee.zone()).minusWeeks(weeks - 1L);
            Window window = new Window(mentorId, menteeId, null, since, Integer.MAX_VALUE, 1);
            List<Mentorship> one = List.of(mentorship);
            return cards(window, one, Shared.load(window, one, clock), clock)
                    .shown()
                    .get(0);
        });
    }

    /**
     * Which cards to build and how much of each: the mentor's mentees ({@code onlyMentee}'s alone,
     * unless null); goals shared with mentors that are open or were achieved since {@code
     * achievedSince} (all of them when null); check-ins shared since the week {@code since}; up to
     * {@code goalsShown} goals a card; cards for the first {@code cardsShown} mentees.
     */
    record Window(Long mentorId, Long onlyMentee, Instant achievedSince, Week since, int goalsShown, int cardsShown) {

        /**
         * "{@code selectFrom} (joined to the mentees through {@code rule}) where {@code where}
         * {@code orderBy}", kept to the one mentee if there is one, with the rule's parameters bound.
         */
        <T> TypedQuery<T> query(
                Audience.Condition rule, String selectFrom, String where, String orderBy, Class<T> type) {
            String oneMentee = onlyMentee == null ? "" : " and ms.mentee.id = :mentee";
            TypedQuery<T> query = rule.bind(Mentorship.getEntityManager()
                    .createQuery(selectFrom + rule.jpql() + " where " + where + oneMentee + orderBy, type));
            return onlyMentee == null ? query : query.setParameter("mentee", onlyMentee);
        }
    }

    /** What the mentees share, by mentee id: three queries for all of them at once, none without mentees. */
    record Shared(
            Map<Long, List<GoalState>> goals,
            Map<Long, List<SharedCheckIn>> checkIns,
            Map<Long, List<WeekPause>> pauses) {

        static Shared load(Window window, List<Mentorship> mentorships, Clock clock) {
            if (mentorships.isEmpty()) {
                return new Shared(Map.of(), Map.of(), Map.of());
            }
            return new Shared(goalStates(window), sharedCheckIns(window), MentorDashboard.pauses(window, clock));
        }

        List<GoalState> goalsOf(Mentorship mentorship) {
            return goals.getOrDefault(mentorship.mentee.id, List.of());
        }

        List<SharedCheckIn> checkInsOf(Mentorship mentorship) {
            return checkIns.getOrDefault(mentorship.mentee.id, List.of());
        }

        List<WeekPause> pausesOf(Mentorship mentorship) {
            return pauses.getOrDefault(mentorship.mentee.id, List.of());
        }
    }

    /** The cards of these active mentorships of the mentor's, as {@code window} says. */
    static Cards cards(Window window, List<Mentorship> mentorships, Shared shared, Clock clock) {
        if (mentorships.isEmpty()) {
            return new Cards(List.of(), 0, null);
        }
        Instant now = clock.instant();
        Map<Mentorship, Nudges> nudges =
                mentorships.stream().collect(Collectors.toMap(m -> m, m -> nudges(m, shared, clock, now)));
        // Mentees who might like a nudge first; stable, so each group keeps the mentorships' order.
        List<Mentorship> ordered = mentorships.stream()
                .sorted(Comparator.comparing((Mentorship m) -> !nudges.get(m).any()))
                .toList();
        List<Mentorship> shown = ordered.stream().limit(window.cardsShown()).toList();
        Map<Long, Goal> shownGoals = shownGoals(shown.stream()
                .flatMap(m -> shared.goalsOf(m).stream().limit(window.goalsShown()))
                .map(GoalState::id)
                .toList());
        List<MenteeCard> cards = shown.stream()
                .map(m -> card(m, shared, shownGoals, window.goalsShown(), nudges.get(m), clock))
                .toList();
        Long next = ordered.size() > shown.size() ? ordered.get(shown.size()).mentee.id : null;
        return new Cards(cards, ordered.size(), next);
    }

    /**
     * Where each shared goal stands, by mentee: ordering, counting and the "no progress" flag need
     * no more, and whole goals load only for those that show (thirty mentees with twenty goals each
     * show 90 of 600). Active goals first, then recent wins, then paused ones; each by latest progress.
     */
    private static Map<Long, List<GoalState>> goalStates(Window window) {
        Instant achievedSince = window.achievedSince() == null ? Instant.EPOCH : window.achievedSince();
        return window
                .query(
                        Audience.seenByMentor("g", window.mentorId()),
                        "select g.id, g.owner.id, g.status, g.lastProgressAt from Goal g",
                        "(g.status = :active or g.status = :paused"
                                + " or (g.status = :achieved and g.achievedAt >= :achievedSince))",
                        " order by g.lastProgressAt desc, g.id",
                        Object[].class)
                .setParameter("active", GoalStatus.ACTIVE)
                .setParameter("paused", GoalStatus.PAUSED)
                .setParameter("achieved", GoalStatus.ACHIEVED)
                .setParameter("achievedSince", achievedSince)
                .getResultList()
                .stream()
                .map(row -> new GoalState((Long) row[0], (Long) row[1], (GoalStatus) row[2], (Instant) row[3]))
                .sorted(Comparator.comparing((GoalState g) -> g.status().ordinal()))
                .collect(Collectors.groupingBy(GoalState::ownerId));
    }

    /** The check-ins shared with mentors since the window's week, newest first, by mentee. */
    private static Map<Long, List<SharedCheckIn>> sharedCheckIns(Window window) {
        return window
                .query(
                        Audience.seenByMentor("c", window.mentorId()),
                        "select c.owner.id, c.id, c.weekStart, c.confidence, c.wins, c.roadblocks from CheckIn c",
                        "c.submitted = true and c.weekStart >= :since",
                        " order by c.weekStart desc",
                        Object[].class)
                .setParameter("since", window.since().start())
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        row -> (Long) row[0],
                        Collectors.mapping(
                                row -> new SharedCheckIn(
                                        (Long) row[1],
                                        new Week((LocalDate) row[2]),
                                        (Integer) row[3],
                                        (String) row[4],
                                        (String) row[5]),
                                Collectors.toList())));
    }

    /** The weeks the mentees paused within the consistency window, by mentee. */
    private static Map<Long, List<WeekPause>> pauses(Window window, Clock clock) {
        Week consistencyFrom = Week.current(clock, java.time.ZoneOffset.UTC).minusWeeks(Consistency.WINDOW);
        return window
                .query(
                        Audience.ofMentees("p", window.mentorId()),
                        "select p from WeekPause p",
                        "p.weekStart >= :since",
                        "",
                        WeekPause.class)
                .setParameter("since", consistencyFrom.start())
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(p -> p.owner.id));
    }

    /** The goals that show on the cards, by id. Read-only: the mentor only reads. */
    private static Map<Long, Goal> shownGoals(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Goal.<Goal>find("from Goal g left join fetch g.northStar where g.id in ?1", ids)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list()
                .stream()
                .collect(Collectors.toMap(g -> g.id, g -> g));
    }

    /**
     * Quiet ({@link #quiet}), and still: no progress on any active shared goal for four weeks, counted
     * from when the mentorship began.
     */
    private static Nudges nudges(Mentorship mentorship, Shared shared, Clock clock, Instant now) {
        List<GoalState> goalStates = shared.goalsOf(mentorship);
        boolean quiet = quiet(mentorship, shared, clock);
        Instant stillSince = now.minus(STILL_FOR);
        List<GoalState> active =
                goalStates.stream().filter(g -> g.status() == GoalStatus.ACTIVE).toList();
        boolean still = !active.isEmpty()
                && mentorship.startedAt.isBefore(stillSince)
                && active.stream().allMatch(g -> g.lastProgressAt().isBefore(stillSince));
        return new Nudges(quiet, still);
    }

    /**
     * Quiet: two or more of the mentee's own weeks since the one they last shared (or the
     * mentorship began) passed without a shared check-in. A paused week never counts, nor the week
     * under way, nor weeks before the consistency window.
     */
    static boolean quiet(Mentorship mentorship, Shared shared, Clock clock) {
        ZoneId zone = mentorship.mentee.zone();
        Week current = Week.current(clock, zone);
        Week began = Week.of(mentorship.startedAt, zone);
        List<SharedCheckIn> checkIns = shared.checkInsOf(mentorship);
        Week lastSign = checkIns.isEmpty() || checkIns.get(0).week().compareTo(began) < 0
                ? began
                : checkIns.get(0).week();
        Week from = lastSign.next();
        // A week short of the window the check-ins and pauses were loaded for (in UTC): whatever the
        // mentee's zone, every week counted here was loaded.
        Week windowStart = current.minusWeeks(Consistency.WINDOW - 1L);
        if (from.compareTo(windowStart) < 0) {
            from = windowStart;
        }
        Set<LocalDate> paused = shared.pausesOf(mentorship).stream()
                .map(pause -> pause.weekStart)
                .collect(Collectors.toSet());
        int quietWeeks = 0;
        for (Week week = from; week.compareTo(current) < 0; week = week.next()) {
            if (!paused.contains(week.start())) {
                quietWeeks++;
            }
        }
        return quietWeeks >= 2;
    }

    private static MenteeCard card(
            Mentorship mentorship,
            Shared shared,
            Map<Long, Goal> shownGoals,
            int goalsShown,
            Nudges nudges,
            Clock clock) {
        List<GoalState> goalStates = shared.goalsOf(mentorship);
        List<SharedCheckIn> checkIns = shared.checkInsOf(mentorship);
        List<WeekPause> pauses = shared.pausesOf(mentorship);
        Week current = Week.current(clock, mentorship.mentee.zone());
        Week began = Week.of(mentorship.startedAt, mentorship.mentee.zone());
        SharedCheckIn last = checkIns.isEmpty() ? null : checkIns.get(0);
        List<Goal> goals = goalStates.stream()
                .limit(goalsShown)
                .map(g -> shownGoals.get(g.id()))
                .toList();
        List<String> wins = checkIns.stream()
                .limit(2)
                .flatMap(c -> c.winItems().stream())
                .limit(5)
                .toList();
        List<String> roadblocks = last == null ? List.of() : last.roadblockItems();
        return new MenteeCard(
                mentorship,
                goals,
                goalStates.size(),
                checkIns,
                Consistency.ofWeeks(
                        current,
                        began,
                        checkIns.stream().map(SharedCheckIn::week).collect(Collectors.toSet()),
                        pauses),
                nudges.quiet(),
                nudges.still(),
                wins,
                roadblocks);
    }
}
