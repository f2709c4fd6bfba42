package dev.waypoint.home;

import dev.waypoint.checkins.Week;
import dev.waypoint.feedback.Feedback;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The comments, cheers and "read it"s on the person's goals, check-ins and milestones that they
 * have not seen yet (a team goal's are read on the board), newest first, each with a link to where it is. Opening that page marks them
 * seen. One statement; at most {@link #SHOWN} of them, and whether there are more.
 */
public record NewFeedback(List<Item> items, boolean more) {

    static final int SHOWN = 5;

    /** "Bob cheered", "your goal “Speak at a meetup”", and where to read it. */
    public record Item(String who, String what, String href, Instant at) {}

    static NewFeedback of(Long ownerId) {
        List<Object[]> rows = Feedback.getEntityManager()
                .createQuery(
                        "select f.kind, a.displayName, f.itemType, f.itemId, g.title, c.weekStart, m.title, f.createdAt"
                                + " from Feedback f join f.author a"
                                + " left join Goal g on f.itemType = 'GOAL' and g.id = f.itemId"
                                + " left join CheckIn c on f.itemType = 'CHECK_IN' and c.id = f.itemId"
                                + " left join Milestone m on f.itemType = 'MILESTONE' and m.id = f.itemId"
                                + " where f.owner.id = :owner and f.seen = false and f.itemType <> 'TEAM_GOAL'"
                                + " order by f.createdAt desc, f.id desc",
                        Object[].class)
                .setParameter("owner", ownerId)
                .setMaxResults(SHOWN + 1)
                .getResultList();
        List<Item> items = rows.stream().limit(SHOWN).map(NewFeedback::item).toList();
        return new NewFeedback(items, rows.size() > SHOWN);
    }

    private static Item item(Object[] row) {
        String who = (String) row[1]
                + switch ((Feedback.Kind) row[0]) {
                    case COMMENT -> " commented on";
                    case CHEER -> " cheered";
                    case ACKNOWLEDGEMENT -> " read";
                };
        Long id = (Long) row[3];
        Instant at = (Instant) row[7];
        return switch ((Feedback.Item) row[2]) {
            case GOAL -> new Item(who, "your goal “" + row[4] + "”", "/goals/" + id + "#feedback", at);
            case CHECK_IN -> {
                Week week = Week.containing((LocalDate) row[5]);
                yield new Item(who, "your check-in for " + week.label(), "/check-ins/" + week.id() + "#feedback", at);
            }
            case MILESTONE -> new Item(who, "your milestone “" + row[6] + "”", "/milestones/" + id + "#feedback", at);
            // A team goal belongs to the team; its comments are read on the board.
            case TEAM_GOAL -> throw new IllegalStateException("team goals are left out by the query");
        };
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
