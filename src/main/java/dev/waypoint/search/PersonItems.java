package dev.waypoint.search;

import static dev.waypoint.search.Matching.text;

import dev.waypoint.checkins.CheckInNote;
import dev.waypoint.checkins.Week;
import dev.waypoint.circles.Audience;
import dev.waypoint.search.Filter.Kind;
import dev.waypoint.search.Filter.Whose;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reader's own north stars, goals, steps, check-ins, reflections and milestones, one statement
 * each; goals, check-ins and milestones are read the same way for what mentees share.
 */
final class PersonItems {

    private static final String YOURS = "Yours";

    private PersonItems() {}

    static List<Hit> find(Matching matching, Filter filter) {
        List<Hit> hits = new ArrayList<>();
        if (filter.covers(Kind.NORTH_STAR, Whose.MINE)) {
            hits.addAll(northStars(matching));
        }
        if (filter.covers(Kind.GOAL, Whose.MINE)) {
            hits.addAll(goals(matching, matching.mine("g")));
        }
        if (filter.covers(Kind.STEP, Whose.MINE)) {
            hits.addAll(steps(matching));
        }
        if (filter.covers(Kind.CHECK_IN, Whose.MINE)) {
            hits.addAll(checkIns(matching, matching.mine("c")));
        }
        if (filter.covers(Kind.REFLECTION, Whose.MINE)) {
            hits.addAll(reflections(matching));
        }
        if (filter.covers(Kind.MILESTONE, Whose.MINE)) {
            hits.addAll(milestones(matching, matching.mine("m")));
        }
        return hits;
    }

    private static List<Hit> northStars(Matching matching) {
        Matching.Scope mine = matching.mine("n");
        Audience.Condition words = matching.byInstant(text("n.title", "n.why"), "n.createdAt");
        return matching
                .rows(
                        "select n.id, n.title, n.why, n.createdAt from NorthStar n where " + mine.where() + words.jpql()
                                + " order by n.createdAt desc, n.id desc",
                        mine.condition(),
                        words)
                .stream()
                .map(row -> new Hit(
                        Kind.NORTH_STAR,
                        Whose.MINE,
                        (Long) row[0],
                        (String) row[1],
                        texts(row[2]),
                        Matching.day(row[3], matching.zone()),
                        YOURS,
                        "North star",
                        "/goals#star-" + row[0]))
                .toList();
    }

    /** Goals of the scope's owners. */
    static List<Hit> goals(Matching matching, Matching.Scope scope) {
        Audience.Condition words = matching.byInstant(text("g.title", "g.why", "g.statusReason"), "g.createdAt");
        return matching
                .rows(
                        "select g.id, g.title, g.why, g.statusReason, g.createdAt, g.owner.displayName from Goal g"
                                + scope.joins() + " where " + scope.where() + words.jpql()
                                + " order by g.createdAt desc, g.id desc",
                        scope.condition(),
                        words)
                .stream()
                .map(row -> new Hit(
                        Kind.GOAL,
                        scope.from(),
                        (Long) row[0],
                        (String) row[1],
                        texts(row[2], row[3]),
                        Matching.day(row[4], matching.zone()),
                        whose(scope, row[5]),
                        "Goal",
                        "/goals/" + row[0]))
                .toList();
    }

    private static List<Hit> steps(Matching matching) {
        Matching.Scope mine = matching.mine("g");
        Audience.Condition words = matching.byInstant(text("s.title"), "g.createdAt");
        return matching
                .rows(
                        "select s.id, s.title, g.id, g.title, g.createdAt from Step s join s.goal g where "
                                + mine.where() + words.jpql() + " order by g.createdAt desc, s.id desc",
                        mine.condition(),
                        words)
                .stream()
                .map(row -> new Hit(
                        Kind.STEP,
                        Whose.MINE,
                        (Long) row[0],
                        (String) row[1],
                        List.of(),
                        Matching.day(row[4], matching.zone()),
                        YOURS,
                        "Step of " + row[3],
                        "/goals/" + row[2] + "#step-" + row[0]))
                .toList();
    }

    /**
     * Check-ins of the scope's owners: each term in the answers or in a note on a goal. As on the
     * mentee's check-in page, a mentor reads submitted check-ins, and notes about goals the mentee
     * keeps private stay private (found by no word, shown in no snippet). The found check-ins'
     * notes come in a second statement, for the snippets.
     */
    static List<Hit> checkIns(Matching matching, Matching.Scope scope) {
        boolean mine = scope.from() == Whose.MINE;
        String visibleNotes = mine
                ? "from CheckInNote n where n.checkIn.id = c.id"
                : "from CheckInNote n join Goal ng on ng.id = n.goal.id where n.checkIn.id = c.id"
                        + " and ng.sharedWithMentors = true";
        Audience.Condition words = matching.byDay(
                term -> Matching.like(text("c.wins", "c.roadblocks", "c.focus"), term) + " or exists (select n.id "
                        + visibleNotes + " and " + Matching.like("n.note", term) + ")",
                "c.weekStart");
        List<Object[]> rows = matching.rows(
                "select c.id, c.weekStart, c.wins, c.roadblocks, c.focus, c.owner.id, c.owner.displayName"
                        + " from CheckIn c" + scope.joins() + " where " + scope.where()
                        + (mine ? "" : "c.submitted = true and ") + words.jpql()
                        + " order by c.weekStart desc, c.id desc",
                scope.condition(),
                words);
        Map<Long, List<String>> notes =
                notesOf(rows.stream().map(row -> (Long) row[0]).toList(), mine);
        return rows.stream()
                .map(row -> {
                    Week week = new Week((LocalDate) row[1]);
                    List<String> texts = new ArrayList<>(texts(row[2], row[3], row[4]));
                    texts.addAll(notes.getOrDefault((Long) row[0], List.of()));
                    return new Hit(
                            Kind.CHECK_IN,
                            scope.from(),
                            (Long) row[0],
                            "Check-in for " + week.label(),
                            texts,
                            week.start(),
                            whose(scope, row[6]),
                            "Check-in",
                            mine
                                    ? "/check-ins/" + week.id()
                                    : "/mentoring/mentees/" + row[5] + "/check-ins/" + week.id());
                })
                .toList();
    }

    /** The notes of these check-ins a reader may read: all of their own, a mentee's on shared goals. */
    private static Map<Long, List<String>> notesOf(List<Long> checkIns, boolean mine) {
        if (checkIns.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> notes = new LinkedHashMap<>();
        CheckInNote.getEntityManager()
                .createQuery(
                        "select n.checkIn.id, n.note from CheckInNote n"
                                + (mine ? "" : " join Goal ng on ng.id = n.goal.id and ng.sharedWithMentors = true")
                                + " where n.checkIn.id in :checkIns order by n.id",
                        Object[].class)
                .setParameter("checkIns", checkIns)
                .getResultList()
                .forEach(row -> notes.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add((String) row[1]));
        return notes;
    }

    private static List<Hit> reflections(Matching matching) {
        Matching.Scope mine = matching.mine("g");
        Audience.Condition words = matching.byInstant(text("r.learned"), "r.createdAt");
        return matching
                .rows(
                        "select r.id, r.learned, r.createdAt, g.id, g.title from Reflection r join r.goal g where "
                                + mine.where() + words.jpql() + " order by r.createdAt desc, r.id desc",
                        mine.condition(),
                        words)
                .stream()
                .map(row -> new Hit(
                        Kind.REFLECTION,
                        Whose.MINE,
                        (Long) row[0],
                        "Reflection on " + row[4],
                        texts(row[1]),
                        Matching.day(row[2], matching.zone()),
                        YOURS,
                        "Reflection",
                        "/goals/" + row[3] + "/reflection"))
                .toList();
    }

    /** Milestones of the scope's owners. */
    static List<Hit> milestones(Matching matching, Matching.Scope scope) {
        Audience.Condition words = matching.byDay(text("m.title", "m.story"), "m.happenedOn");
        return matching
                .rows(
                        "select m.id, m.title, m.story, m.happenedOn, m.owner.displayName from Milestone m"
                                + scope.joins() + " where " + scope.where() + words.jpql()
                                + " order by m.happenedOn desc, m.id desc",
                        scope.condition(),
                        words)
                .stream()
                .map(row -> new Hit(
                        Kind.MILESTONE,
                        scope.from(),
                        (Long) row[0],
                        (String) row[1],
                        texts(row[2]),
                        (LocalDate) row[3],
                        whose(scope, row[4]),
                        "Milestone",
                        "/milestones/" + row[0]))
                .toList();
    }

    /** Whose an item is, said to its reader. */
    private static String whose(Matching.Scope scope, Object ownerName) {
        return scope.from() == Whose.MINE ? YOURS : ownerName + "'s · your mentee";
    }

    static List<String> texts(Object... columns) {
        return Arrays.stream(columns)
                .filter(Objects::nonNull)
                .map(String.class::cast)
                .filter(text -> !text.isBlank())
                .toList();
    }
}
