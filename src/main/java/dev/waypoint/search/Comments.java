package dev.waypoint.search;

import static dev.waypoint.search.Matching.text;

import dev.waypoint.circles.Audience;
import dev.waypoint.feedback.Feedback;
import dev.waypoint.search.Filter.Kind;
import dev.waypoint.search.Filter.Whose;
import dev.waypoint.teams.TeamShare;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Comments the reader received on their items and comments they wrote, while the item they are on
 * is one the reader may see (the audience rule of its kind, inside the statement): two statements,
 * one through each person index of comments.
 */
final class Comments {

    private Comments() {}

    static List<Hit> find(Matching matching, Filter filter) {
        if (!filter.covers(Kind.COMMENT, Whose.MINE)) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>(comments(matching, "f.owner.id = :searcher"));
        hits.addAll(comments(matching, "f.author.id = :searcher and f.owner.id <> :searcher"));
        return hits;
    }

    private static List<Hit> comments(Matching matching, String whose) {
        Audience.Condition visible = itemVisible(matching.readerId);
        Audience.Condition words = matching.byInstant(text("f.body"), "f.createdAt");
        Audience.Condition reader = new Audience.Condition("", Map.of("searcher", matching.readerId));
        return matching
                .rows(
                        "select f.id, f.body, f.createdAt, f.itemType, f.itemId, f.author.id, f.author.displayName,"
                                + " f.owner.id, f.owner.displayName from Feedback f where f.kind = 'COMMENT' and "
                                + whose + " and " + visible.jpql() + " and " + words.jpql()
                                + " order by f.createdAt desc, f.id desc",
                        reader,
                        visible,
                        words)
                .stream()
                .map(row -> {
                    Feedback.Item item = (Feedback.Item) row[3];
                    boolean wrote = matching.readerId.equals(row[5]);
                    boolean mine = matching.readerId.equals(row[7]);
                    return new Hit(
                            Kind.COMMENT,
                            Whose.MINE,
                            (Long) row[0],
                            wrote ? "Your comment" : "Comment by " + row[6],
                            PersonItems.texts(row[1]),
                            Matching.day(row[2], matching.zone()),
                            wrote ? "Yours" : "To you",
                            "On "
                                    + (item == Feedback.Item.TEAM_GOAL
                                            ? "a team goal"
                                            : (mine ? "your " : row[8] + "'s ") + noun(item)),
                            "/search/open/"
                                    + item.name().toLowerCase(Locale.ROOT).replace('_', '-') + "/" + row[4]
                                    + "#feedback-" + row[0]);
                })
                .toList();
    }

    private static String noun(Feedback.Item item) {
        return switch (item) {
            case GOAL -> "goal";
            case CHECK_IN -> "check-in";
            case MILESTONE -> "milestone";
            case TEAM_GOAL -> "team goal";
        };
    }

    /** The comment's item, by its kind, passes the audience rule for the reader. */
    private static Audience.Condition itemVisible(Long readerId) {
        Audience.Condition goal = Audience.visibleTo("g", TeamShare.Item.GOAL, readerId);
        Audience.Condition checkIn = Audience.visibleTo("c", TeamShare.Item.CHECK_IN, readerId);
        Audience.Condition milestone = Audience.visibleTo("m", null, readerId);
        Audience.Condition teamGoal = Audience.ofTeamMembers("tg.team", readerId);
        Map<String, Object> parameters = new HashMap<>();
        for (Audience.Condition condition : List.of(goal, checkIn, milestone, teamGoal)) {
            parameters.putAll(condition.parameters());
        }
        return new Audience.Condition(
                "((f.itemType = 'GOAL' and exists (select g.id from Goal g where g.id = f.itemId and " + goal.jpql()
                        + ")) or (f.itemType = 'CHECK_IN' and exists (select c.id from CheckIn c where c.id = f.itemId"
                        + " and " + checkIn.jpql() + ")) or (f.itemType = 'MILESTONE' and exists (select m.id from"
                        + " Milestone m where m.id = f.itemId and " + milestone.jpql() + ")) or (f.itemType ="
                        + " 'TEAM_GOAL' and exists (select tg.id from TeamGoal tg where tg.id = f.itemId and"
                        + " tg.archivedAt is null and " + teamGoal.jpql() + ")))",
                parameters);
    }
}
