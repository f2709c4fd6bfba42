package dev.waypoint.teams.board;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Consistency;
import dev.waypoint.checkins.Week;
import dev.waypoint.checkins.WeekPause;
import dev.waypoint.circles.Audience;
import dev.waypoint.feedback.Feedback;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.notifications.NeedsYou;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.TeamShare;
import io.quarkus.panache.common.Parameters;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;

/**
 * A team's momentum for its leads, from what members shared with the team only: a row per
 * member, what was achieved this quarter. Loaded in a fixed number of statements, like
 * {@link Board}, with what needs the lead ({@link LeadNeedsYou}) on top. Never a list of who failed.
 */
public record TeamOverview(
        Membership me, NeedsYou needsYou, List<MemberRow> rows, long achievedThisQuarter, List<BoardColumn> columns) {

    /** The same overview with another "needs you" list (one that an item has left). */
    TeamOverview with(NeedsYou changed) {
        return new TeamOverview(me, changed, rows, achievedThisQuarter, columns);
    }

    /** One member's row: shown only from what they shared with the team. */
    public record MemberRow(
            Membership member, Consistency consistency, Map<BoardColumn, Integer> columns, long cheersGiven) {

        public int in(BoardColumn column) {
            return columns.getOrDefault(column, 0);
        }
    }

    /** The overview as the lead {@code me} sees it today, in their time zone. */
    static TeamOverview load(Membership me, Clock clock) {
        ZoneId zone = me.person.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Week current = Week.containing(today);
        Week since = current.minusWeeks(Consistency.WINDOW);
        List<Membership> members = Membership.ofTeam(me.team.id);
        List<Long> ids = members.stream().map(m -> m.person.id).toList();
        // Read-only, like the board's: a team's worth of goals and check-ins is only counted here.
        Audience.Condition goalsOnBoard = Audience.seenByTeam("g", TeamShare.Item.GOAL, me.team.id);
        Map<Long, List<Goal>> goals = Goal.<Goal>find(
                        "from Goal g where g.status != :dropped and " + goalsOnBoard.jpql(),
                        goalsOnBoard.and(Parameters.with("dropped", GoalStatus.DROPPED)))
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list()
                .stream()
                .collect(Collectors.groupingBy(g -> g.owner.id));
        Audience.Condition checkInsShared = Audience.seenByTeam("c", TeamShare.Item.CHECK_IN, me.team.id);
        Map<Long, List<CheckIn>> checkIns = CheckIn.<CheckIn>find(
                        "from CheckIn c where c.submitted = true and c.weekStart >= :since and "
                                + checkInsShared.jpql(),
                        checkInsShared.and(Parameters.with("since", since.start())))
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list()
                .stream()
                .collect(Collectors.groupingBy(c -> c.owner.id));
        Map<Long, List<WeekPause>> pauses = WeekPause.<WeekPause>list(
                        "from WeekPause p where p.owner.id in ?1 and p.weekStart >= ?2", ids, since.start())
                .stream()
                .collect(Collectors.groupingBy(p -> p.owner.id));
        Map<Long, Long> cheers = cheersGivenIn(me.team.id, ids);
        Instant quarterStart = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1)
                .withDayOfMonth(1)
                .atStartOfDay(zone)
                .toInstant();
        long achieved = goals.values().stream()
                .flatMap(List::stream)
                .filter(g -> g.isAchieved() && g.achievedAt != null && !g.achievedAt.isBefore(quarterStart))
                .count();
        List<MemberRow> rows = members.stream()
                .map(m -> {
                    Map<BoardColumn, Integer> columns = new EnumMap<>(BoardColumn.class);
                    goals.getOrDefault(m.person.id, List.of())
                            .forEach(g -> columns.merge(BoardColumn.of(g, today), 1, Integer::sum));
                    List<CheckIn> shared = checkIns.getOrDefault(m.person.id, List.of());
                    Consistency consistency = shared.isEmpty()
                            ? null
                            : Consistency.of(
                                    current,
                                    Week.of(m.joinedAt, zone),
                                    shared,
                                    pauses.getOrDefault(m.person.id, List.of()));
                    return new MemberRow(m, consistency, columns, cheers.getOrDefault(m.person.id, 0L));
                })
                .toList();
        NeedsYou needsYou = LeadNeedsYou.of(
                me, checkIns.values().stream().flatMap(List::stream).toList(), current, clock);
        return new TeamOverview(me, needsYou, rows, achieved, List.of(BoardColumn.values()));
    }

    /**
     * Cheers each member gave inside this team: on its team goals and on what was shared with it,
     * never on what they cheered elsewhere (their mentees, other teams).
     */
    private static Map<Long, Long> cheersGivenIn(Long teamId, List<Long> memberIds) {
        Map<Long, Long> cheers = new HashMap<>();
        // One branch per kind of item, each starting from this team's rows: an "or" across the
        // kinds made the database pair every share with every cheer.
        Feedback.getEntityManager()
                .createQuery(
                        "select f.author.id, count(f) from TeamShare ts join Feedback f on f.itemType = :goal"
                                + " and f.itemId = ts.itemId where ts.team.id = :team and ts.itemType = :sharedGoal"
                                + " and f.kind = :cheer and f.author.id in :ids group by f.author.id"
                                + " union all select f.author.id, count(f) from TeamShare ts join Feedback f"
                                + " on f.itemType = :checkIn and f.itemId = ts.itemId where ts.team.id = :team"
                                + " and ts.itemType = :sharedCheckIn and f.kind = :cheer and f.author.id in :ids"
                                + " group by f.author.id"
                                + " union all select f.author.id, count(f) from TeamGoal g join Feedback f"
                                + " on f.itemType = :teamGoal and f.itemId = g.id where g.team.id = :team"
                                + " and f.kind = :cheer and f.author.id in :ids group by f.author.id",
                        Object[].class)
                .setParameter("team", teamId)
                .setParameter("sharedGoal", TeamShare.Item.GOAL)
                .setParameter("goal", Feedback.Item.GOAL)
                .setParameter("sharedCheckIn", TeamShare.Item.CHECK_IN)
                .setParameter("checkIn", Feedback.Item.CHECK_IN)
                .setParameter("teamGoal", Feedback.Item.TEAM_GOAL)
                .setParameter("cheer", Feedback.Kind.CHEER)
                .setParameter("ids", memberIds)
                .getResultList()
                .forEach(row -> cheers.merge((Long) row[0], ((Number) row[1]).longValue(), Long::sum));
        return cheers;
    }
}
