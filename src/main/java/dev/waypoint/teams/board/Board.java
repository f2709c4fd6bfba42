package dev.waypoint.teams.board;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Week;
import dev.waypoint.circles.Audience;
import dev.waypoint.feedback.Feedback;
import dev.waypoint.goals.Category;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.Team;
import dev.waypoint.teams.TeamShare;
import dev.waypoint.web.Sha256;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;

/**
 * A team's board: shared goals of current members and the team's own goals, in four columns.
 * Loaded in a fixed number of queries however many members and goals.
 */
public record Board(
        Team team,
        Membership me,
        List<Membership> members,
        List<Column> columns,
        List<Goal> mySharable,
        boolean hasOwnGoals,
        String member,
        String category,
        String open,
        List<Category> categories,
        BoardFilter filter) {

    /**
     * How many cards a column shows until it is opened: the board stays readable, and a column
     * fits a laptop's screen, at any team size.
     */
    static final int FIRST_CARDS = 8;

    /**
     * A column: how many cards it holds (always the full count) and the cards it shows, the
     * first few unless it is open.
     */
    public record Column(BoardColumn column, int count, List<Card> shown, boolean open) {

        public int hidden() {
            return count - shown.size();
        }
    }

    /** A member a team-goal step can be assigned to, and whether it is assigned to them now. */
    public record Assignee(Long id, String name, boolean chosen) {}

    /** The newest check-in the goal's owner shared with the team: all a card shows of it is a link. */
    public record LatestCheckIn(Long id, Week week) {}

    /** A move button on a card: the column it moves the card to. */
    public record Move(BoardColumn to, String cardTitle) {}

    /** A card: a person's shared goal or a team goal, in the column it shows in. */
    public record Card(
            BoardColumn column,
            Goal goal,
            TeamGoal teamGoal,
            List<TeamGoalStep> steps,
            LatestCheckIn latestCheckIn,
            boolean movable,
            List<Feedback> feedback) {

        public long cheers() {
            return feedback.stream().filter(f -> f.kind == Feedback.Kind.CHEER).count();
        }

        public List<Feedback> comments() {
            return feedback.stream().filter(Feedback::isComment).toList();
        }

        public boolean isTeamGoal() {
            return teamGoal != null;
        }

        public String title() {
            return goal != null ? goal.title : teamGoal.title;
        }

        public String owner() {
            return goal != null ? goal.owner.displayName : "The team";
        }

        public Category category() {
            return goal != null ? goal.category : teamGoal.category;
        }

        public int percent() {
            return goal != null ? goal.percent() : teamGoal.percent();
        }

        public String progressText() {
            return goal != null ? goal.progressText() : teamGoal.progressText();
        }

        public LocalDate targetDate() {
            return goal != null ? goal.targetDate : teamGoal.targetDate;
        }

        public String id() {
            return goal != null ? "goal-" + goal.id : "team-goal-" + teamGoal.id;
        }

        /**
         * The other columns, each carrying what its button says. A template loop that reached out
         * for the card or its column would make Qute try every value resolver on each name.
         */
        public List<Move> moves() {
            String title = title();
            return Arrays.stream(BoardColumn.values())
                    .filter(to -> to != column)
                    .map(to -> new Move(to, title))
                    .toList();
        }
    }

    static Board load(Membership me, BoardFilter filter, LocalDate today) {
        Long teamId = me.team.id;
        // Members first: the goals on the cards find their owners among them.
        List<Membership> members = Membership.ofTeam(teamId);
        Map<TeamGoal, List<TeamGoalStep>> teamGoalsWithSteps = TeamGoalStep.ofTeam(teamId);
        Placement placed = new Placement(
                placedGoalIds(teamId, filter, today), placedTeamGoals(teamGoalsWithSteps.keySet(), filter));
        Placement shown = placed.firstOfEachColumn(filter.open());
        Map<Long, Goal> shownGoals = shownGoals(shown.allGoalIds());
        Map<Long, LatestCheckIn> latest = latestCheckIns(teamId, today);
        Map<Long, List<Feedback>> feedback = teamGoalFeedback(shown.allTeamGoals());
        List<Column> columns = new ArrayList<>();
        for (BoardColumn column : BoardColumn.values()) {
            List<Card> cards = new ArrayList<>();
            for (Long id : shown.goalIds().get(column)) {
                Goal goal = shownGoals.get(id);
                boolean mine = goal.owner.id.equals(me.person.id);
                cards.add(new Card(column, goal, null, List.of(), latest.get(goal.owner.id), mine, List.of()));
            }
            for (TeamGoal teamGoal : shown.teamGoals().get(column)) {
                cards.add(new Card(
                        column,
                        null,
                        teamGoal,
                        teamGoalsWithSteps.get(teamGoal),
                        null,
                        me.isLead(),
                        feedback.getOrDefault(teamGoal.id, List.of())));
            }
            columns.add(new Column(column, placed.count(column), cards, column == filter.open()));
        }
        MyGoals mine = MyGoals.of(me, teamId);
        Long memberId = filter.memberId();
        Category category = filter.category();
        return new Board(
                me.team,
                me,
                members,
                columns,
                mine.sharable(),
                mine.any(),
                memberId == null ? "" : memberId.toString(),
                category == null ? "" : category.slug(),
                filter.open() == null ? "" : filter.open().slug(),
                List.of(Category.values()),
                filter);
    }

    /** Which goals (by id) and team goals go in each column, people's goals first. */
    private record Placement(Map<BoardColumn, List<Long>> goalIds, Map<BoardColumn, List<TeamGoal>> teamGoals) {

        int count(BoardColumn column) {
            return goalIds.get(column).size() + teamGoals.get(column).size();
        }

        /** A column shows its people's goals first, then the team's, up to its first few cards; all when open. */
        Placement firstOfEachColumn(BoardColumn open) {
            Map<BoardColumn, List<Long>> ids = new EnumMap<>(BoardColumn.class);
            Map<BoardColumn, List<TeamGoal>> teams = new EnumMap<>(BoardColumn.class);
            for (BoardColumn column : BoardColumn.values()) {
                int room = column == open ? Integer.MAX_VALUE : FIRST_CARDS;
                ids.put(column, first(goalIds.get(column), room));
                teams.put(
                        column,
                        first(teamGoals.get(column), room - ids.get(column).size()));
            }
            return new Placement(ids, teams);
        }

        List<Long> allGoalIds() {
            return goalIds.values().stream().flatMap(List::stream).toList();
        }

        List<TeamGoal> allTeamGoals() {
            return teamGoals.values().stream().flatMap(List::stream).toList();
        }

        private static <T> List<T> first(List<T> list, int room) {
            return list.subList(0, Math.max(0, Math.min(room, list.size())));
        }
    }

    /**
     * The shared goals that pass the filter, by column. Placing and counting needs a few columns of
     * each; whole goals load only for the cards that show. A team of 50 sharing 10 goals each shows
     * 48 cards of 500.
     */
    private static Map<BoardColumn, List<Long>> placedGoalIds(Long teamId, BoardFilter filter, LocalDate today) {
        Map<BoardColumn, List<Long>> placed = emptyColumns();
        Audience.Condition shared = Audience.seenByTeam("g", TeamShare.Item.GOAL, teamId);
        for (Object[] row : shared.bind(Goal.getEntityManager()
                        .createQuery(
                                "select g.id, g.owner.id, g.category, g.status, g.targetDate, g.startedAt, g.stepsDone,"
                                        + " g.measureTarget, g.measureCurrent from Goal g where g.status != :dropped and "
                                        + shared.jpql() + " order by g.createdAt",
                                Object[].class)
                        .setParameter("dropped", GoalStatus.DROPPED))
                .getResultList()) {
            boolean ofMember = filter.memberId() == null || row[1].equals(filter.memberId());
            if (ofMember && (filter.category() == null || row[2] == filter.category())) {
                boolean started =
                        Goal.isStarted((Instant) row[5], (Integer) row[6], (Integer) row[7], (Integer) row[8]);
                placed.get(BoardColumn.of((GoalStatus) row[3], (LocalDate) row[4], started, today))
                        .add((Long) row[0]);
            }
        }
        return placed;
    }

    /** The team's own goals that pass the filter (none when it picks a member), by column. */
    private static Map<BoardColumn, List<TeamGoal>> placedTeamGoals(Iterable<TeamGoal> teamGoals, BoardFilter filter) {
        Map<BoardColumn, List<TeamGoal>> placed = emptyColumns();
        for (TeamGoal teamGoal : teamGoals) {
            if (filter.memberId() == null && (filter.category() == null || teamGoal.category == filter.category())) {
                placed.get(teamGoal.column).add(teamGoal);
            }
        }
        return placed;
    }

    private static <T> Map<BoardColumn, List<T>> emptyColumns() {
        Map<BoardColumn, List<T>> columns = new EnumMap<>(BoardColumn.class);
        for (BoardColumn column : BoardColumn.values()) {
            columns.put(column, new ArrayList<>());
        }
        return columns;
    }

    /** Comments and cheers on the team goals that show, by team goal. */
    private static Map<Long, List<Feedback>> teamGoalFeedback(List<TeamGoal> shown) {
        Map<Long, List<Feedback>> feedback = new HashMap<>();
        Feedback.onAll(Feedback.Item.TEAM_GOAL, shown.stream().map(g -> g.id).toList())
                .forEach(f -> feedback.computeIfAbsent(f.itemId, id -> new ArrayList<>())
                        .add(f));
        return feedback;
    }

    /**
     * The viewer's goals not on this board yet, which the share form offers, and whether they have
     * any goals at all: someone with none is told how to start rather than "all are on the board".
     */
    private record MyGoals(List<Goal> sharable, boolean any) {

        static MyGoals of(Membership me, Long teamId) {
            List<Object[]> mine = Goal.getEntityManager()
                    .createQuery(
                            "select g, case when exists (select ts.id from TeamShare ts where ts.team.id = ?3"
                                    + " and ts.itemType = 'GOAL' and ts.itemId = g.id) then true else false end"
                                    + " from Goal g where g.owner.id = ?1 and g.status != ?2 order by g.createdAt",
                            Object[].class)
                    .setParameter(1, me.person.id)
                    .setParameter(2, GoalStatus.DROPPED)
                    .setParameter(3, teamId)
                    .getResultList();
            List<Goal> sharable = mine.stream()
                    .filter(row -> !Boolean.TRUE.equals(row[1]))
                    .map(row -> (Goal) row[0])
                    .toList();
            return new MyGoals(sharable, !mine.isEmpty());
        }
    }

    /**
     * The goals of the cards that show. Their owners are current members, already loaded with
     * the team. Read-only: nothing on the board changes while it is shown, so Hibernate keeps no
     * copies to compare at the end of the request.
     */
    private static Map<Long, Goal> shownGoals(List<Long> ids) {
        Map<Long, Goal> goals = new HashMap<>();
        if (!ids.isEmpty()) {
            Goal.<Goal>find("from Goal g where g.id in ?1", ids)
                    .withHint(HibernateHints.HINT_READ_ONLY, true)
                    .list()
                    .forEach(goal -> goals.put(goal.id, goal));
        }
        return goals;
    }

    /** Each member's newest check-in shared with the team in the last 12 weeks, by member. */
    private static Map<Long, LatestCheckIn> latestCheckIns(Long teamId, LocalDate today) {
        Map<Long, LatestCheckIn> latest = new HashMap<>();
        // Ids and weeks only: a board of 50 members would otherwise load 600 check-ins to link to 50.
        Audience.Condition shared = Audience.seenByTeam("c", TeamShare.Item.CHECK_IN, teamId);
        for (Object[] row : shared.bind(CheckIn.getEntityManager()
                        .createQuery(
                                "select c.owner.id, c.id, c.weekStart from CheckIn c where c.submitted = true and"
                                        + " c.weekStart >= :since and " + shared.jpql() + " order by c.weekStart",
                                Object[].class)
                        .setParameter(
                                "since", Week.containing(today).minusWeeks(12).start()))
                .getResultList()) {
            latest.put((Long) row[0], new LatestCheckIn((Long) row[1], Week.containing((LocalDate) row[2])));
        }
        return latest;
    }

    /**
     * A short digest of everything the columns show, computed from the data and not from the
     * rendered page: the 30-second refresh answers "unchanged" without rendering anything. Every
     * row behind a card carries a version or a time that changes with it; a new field on a card
     * belongs here too.
     */
    public String fingerprint() {
        StringBuilder shown = new StringBuilder()
                .append(filter.query())
                .append('|')
                .append(me.role)
                .append('|');
        members.forEach(
                m -> shown.append(m.id).append(m.role).append(m.person.version).append(','));
        mySharable.forEach(g -> shown.append(g.id).append(':').append(g.version).append(','));
        for (Column column : columns) {
            shown.append('|').append(column.column()).append(':').append(column.count());
            for (Card card : column.shown()) {
                shown.append(';').append(card.id()).append(card.movable());
                if (card.goal() != null) {
                    shown.append(':').append(card.goal().version).append(':').append(card.goal().owner.version);
                    shown.append(':').append(card.percent());
                }
                if (card.teamGoal() != null) {
                    shown.append(':').append(card.teamGoal().version);
                    card.steps()
                            .forEach(step -> shown.append(',')
                                    .append(step.id)
                                    .append(step.title)
                                    .append(step.doneAt)
                                    .append(step.assignee == null ? "" : step.assignee.id));
                    card.feedback().forEach(f -> shown.append(',').append(f.id));
                }
                if (card.latestCheckIn() != null) {
                    shown.append(':').append(card.latestCheckIn().id());
                }
            }
        }
        return Sha256.hex(shown.toString()).substring(0, 24);
    }

    /** The URL the refresh asks: these filters, and what the board showed. */
    public String refreshUrl(String fingerprint) {
        String query = filter.query();
        return "/teams/" + team.id + "?" + (query.isEmpty() ? "" : query + "&") + "seen=" + fingerprint;
    }

    /**
     * The members to choose from for a step, the one it is assigned to marked. Each option carries
     * what it shows, so the template's loop over members reaches for no outside name.
     */
    public List<Assignee> assignees(TeamGoalStep step) {
        Long assigned = step.assignee == null ? null : step.assignee.id;
        return members.stream()
                .map(m -> new Assignee(m.person.id, m.person.displayName, m.person.id.equals(assigned)))
                .toList();
    }

    /** The board with {@code column} shown whole, other filters kept. */
    public String openUrl(BoardColumn column) {
        return "/teams/" + team.id + "?" + filter.query(column);
    }
}
