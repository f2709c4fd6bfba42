package dev.waypoint.teams.board;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Week;
import dev.waypoint.feedback.Feedback;
import dev.waypoint.notifications.NeedsYou;
import dev.waypoint.teams.Membership;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What waits for a team's lead: roadblocks in check-ins members shared with the team in the last
 * {@link #WEEKS} weeks that the lead has not answered with a comment, newest first. Never who has
 * been quiet: missed weeks are for a person's mentors alone, and never for their team mates.
 */
final class LeadNeedsYou {

    /** How far back a roadblock may still wait for its lead. */
    static final int WEEKS = 4;

    private LeadNeedsYou() {}

    /** From {@code shared}, the team's shared check-ins the overview loaded, by member. */
    static NeedsYou of(Membership lead, List<CheckIn> shared, Week current, Clock clock) {
        Week since = current.minusWeeks(WEEKS - 1L);
        List<CheckIn> roadblocks = shared.stream()
                .filter(c -> !c.owner.id.equals(lead.person.id))
                .filter(c -> c.week().compareTo(since) >= 0)
                .filter(c -> !CheckIn.lines(c.roadblocks).isEmpty())
                .toList();
        Set<Long> answered =
                answeredBy(lead.person.id, roadblocks.stream().map(c -> c.id).toList());
        List<NeedsYou.Item> items = roadblocks.stream()
                .filter(c -> !answered.contains(c.id))
                .sorted(Comparator.comparing(CheckIn::week).reversed().thenComparing(c -> c.id))
                .map(c -> item(lead, c))
                .toList();
        return NeedsYou.of(lead.person.id, items, clock);
    }

    private static NeedsYou.Item item(Membership lead, CheckIn checkIn) {
        return new NeedsYou.Item(
                new NeedsYou.Key(NeedsYou.Subject.CHECK_IN, checkIn.id),
                checkIn.owner.id,
                checkIn.owner.displayName + "'s roadblock in " + checkIn.week().label() + " has no answer from you yet",
                CheckIn.lines(checkIn.roadblocks).get(0),
                "/teams/" + lead.team.id + "/check-ins/" + checkIn.id,
                "Answer");
    }

    /** Which of these check-ins the lead commented on; one statement, none without check-ins. */
    private static Set<Long> answeredBy(Long leadId, List<Long> checkInIds) {
        if (checkInIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Feedback.getEntityManager()
                .createQuery(
                        "select f.itemId from Feedback f where f.itemType = :checkIn and f.itemId in :ids"
                                + " and f.author.id = :lead and f.kind = :comment",
                        Long.class)
                .setParameter("checkIn", Feedback.Item.CHECK_IN)
                .setParameter("ids", checkInIds)
                .setParameter("lead", leadId)
                .setParameter("comment", Feedback.Kind.COMMENT)
                .getResultList());
    }
}
