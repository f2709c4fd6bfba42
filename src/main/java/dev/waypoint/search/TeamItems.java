package dev.waypoint.search;

import static dev.waypoint.search.Matching.text;

import dev.waypoint.circles.Audience;
import dev.waypoint.search.Filter.Kind;
import dev.waypoint.search.Filter.Whose;
import dev.waypoint.teams.TeamShare;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the reader's teams' boards show: team mates' goals shared there, and the teams' own goals. */
final class TeamItems {

    private TeamItems() {}

    static List<Hit> find(Matching matching, Filter filter) {
        if (!filter.covers(Kind.GOAL, Whose.TEAMS)) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>(sharedGoals(matching));
        hits.addAll(teamGoals(matching));
        return hits;
    }

    /** Team mates' goals on the reader's boards; a goal on two boards is found once. */
    private static List<Hit> sharedGoals(Matching matching) {
        Audience.Condition onBoards = Audience.onBoardsOf("g", TeamShare.Item.GOAL, "t", matching.readerId);
        Audience.Condition words = matching.byInstant(text("g.title", "g.why", "g.statusReason"), "g.createdAt");
        Map<Long, Hit> hits = new LinkedHashMap<>();
        matching.rows(
                        "select g.id, g.title, g.why, g.statusReason, g.createdAt, g.owner.displayName, t.name"
                                + " from Goal g" + onBoards.jpql() + " where g.owner.id <> :audienceViewer and "
                                + words.jpql() + " order by g.createdAt desc, g.id desc",
                        onBoards,
                        words)
                .forEach(row -> hits.putIfAbsent(
                        (Long) row[0],
                        new Hit(
                                Kind.GOAL,
                                Whose.TEAMS,
                                (Long) row[0],
                                (String) row[1],
                                PersonItems.texts(row[2], row[3]),
                                Matching.day(row[4], matching.zone()),
                                row[5] + "'s · on the " + row[6] + " board",
                                "Goal",
                                "/goals/" + row[0])));
        return List.copyOf(hits.values());
    }

    private static List<Hit> teamGoals(Matching matching) {
        Audience.Condition member = Audience.teamsOf("t", matching.readerId);
        Audience.Condition words = matching.byInstant(text("tg.title"), "tg.createdAt");
        return matching
                .rows(
                        "select tg.id, tg.title, tg.createdAt, t.id, t.name from Team t" + member.jpql()
                                + " join TeamGoal tg on tg.team.id = t.id where tg.archivedAt is null and "
                                + words.jpql() + " order by tg.createdAt desc, tg.id desc",
                        member,
                        words)
                .stream()
                .map(row -> new Hit(
                        Kind.GOAL,
                        Whose.TEAMS,
                        (Long) row[0],
                        (String) row[1],
                        List.of(),
                        Matching.day(row[2], matching.zone()),
                        "Team goal · " + row[4],
                        "Team goal",
                        "/teams/" + row[3] + "#card-team-goal-" + row[0]))
                .toList();
    }
}
