package dev.waypoint.mentoring;

import dev.waypoint.checkins.Week;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.feedback.Feedback;
import dev.waypoint.mentoring.MentorDashboard.SharedCheckIn;
import dev.waypoint.notifications.NeedsYou;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What waits for a mentor: check-ins their mentees shared in the last {@link #WEEKS} weeks that
 * they have not read yet (no "read", cheer or comment of theirs), roadblocks in them they have not
 * answered with a comment, and mentees who have been quiet ({@link MentorDashboard#quiet}, never how
 * many weeks). Roadblocks first, then the rest, newest first.
 */
final class MentorNeedsYou {

    /** How far back a shared check-in may still wait for its mentor. */
    static final int WEEKS = 4;

    private record Waiting(NeedsYou.Item item, boolean roadblock, Week week) {}

    private MentorNeedsYou() {}

    static NeedsYou of(Long mentorId, List<Mentorship> mentorships, MentorDashboard.Shared shared, Clock clock) {
        Week since = Week.current(clock, ZoneOffset.UTC).minusWeeks(WEEKS - 1L);
        Map<SharedCheckIn, Mentorship> recent = new HashMap<>();
        mentorships.forEach(m -> shared.checkInsOf(m).stream()
                .filter(c -> c.week().compareTo(since) >= 0)
                .forEach(c -> recent.put(c, m)));
        Map<Long, Set<Feedback.Kind>> given = feedbackGiven(
                mentorId, recent.keySet().stream().map(SharedCheckIn::id).toList());
        List<Waiting> waiting = new ArrayList<>();
        recent.forEach((checkIn, mentorship) -> {
            Set<Feedback.Kind> kinds = given.getOrDefault(checkIn.id(), Set.of());
            boolean roadblock = !checkIn.roadblockItems().isEmpty();
            if (kinds.isEmpty() || (roadblock && !kinds.contains(Feedback.Kind.COMMENT))) {
                waiting.add(new Waiting(item(mentorship, checkIn, kinds.isEmpty()), roadblock, checkIn.week()));
            }
        });
        List<NeedsYou.Item> items = new ArrayList<>(waiting.stream()
                .sorted(Comparator.comparing(Waiting::roadblock)
                        .thenComparing(Waiting::week)
                        .reversed()
                        .thenComparing(w -> w.item().key().id()))
                .map(Waiting::item)
                .toList());
        mentorships.stream()
                .filter(m -> MentorDashboard.quiet(m, shared, clock))
                .map(MentorNeedsYou::quiet)
                .forEach(items::add);
        return NeedsYou.of(mentorId, items, clock);
    }

    private static NeedsYou.Item item(Mentorship mentorship, SharedCheckIn checkIn, boolean unread) {
        String name = mentorship.mentee.displayName;
        List<String> roadblocks = checkIn.roadblockItems();
        String quote = roadblocks.isEmpty() ? null : roadblocks.get(0);
        String sentence = unread
                ? name + " shared " + checkIn.week().label() + (quote == null ? "" : ", with a roadblock")
                : name + "'s roadblock in " + checkIn.week().label() + " has no answer from you yet";
        return new NeedsYou.Item(
                new NeedsYou.Key(NeedsYou.Subject.CHECK_IN, checkIn.id()),
                mentorship.mentee.id,
                sentence,
                quote,
                "/mentoring/mentees/" + mentorship.mentee.id + "/check-ins/"
                        + checkIn.week().id(),
                unread ? "Read it" : "Answer");
    }

    private static NeedsYou.Item quiet(Mentorship mentorship) {
        Long mentee = mentorship.mentee.id;
        return new NeedsYou.Item(
                new NeedsYou.Key(NeedsYou.Subject.QUIET, mentee),
                mentee,
                mentorship.mentee.displayName + " has been quiet lately",
                null,
                "/mentoring/mentees/" + mentee,
                "See their page");
    }

    /** The kinds of feedback the mentor gave on each of these check-ins; one statement, none without check-ins. */
    private static Map<Long, Set<Feedback.Kind>> feedbackGiven(Long mentorId, List<Long> checkInIds) {
        Map<Long, Set<Feedback.Kind>> given = new HashMap<>();
        if (checkInIds.isEmpty()) {
            return given;
        }
        Feedback.getEntityManager()
                .createQuery(
                        "select f.itemId, f.kind from Feedback f where f.itemType = :checkIn and f.itemId in :ids"
                                + " and f.author.id = :mentor",
                        Object[].class)
                .setParameter("checkIn", Feedback.Item.CHECK_IN)
                .setParameter("ids", checkInIds)
                .setParameter("mentor", mentorId)
                .getResultList()
                .forEach(row -> given.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(Feedback.Kind.class))
                        .add((Feedback.Kind) row[1]));
        return given;
    }
}
