package dev.waypoint.meetings;

import dev.waypoint.circles.Mentorship;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every session of a person's mentorships as they may keep it: for the read API (one mentorship)
 * and the export (all of them). Shared points, shared notes and actions while they are one of the
 * two, and for the mentee after the end (the record is theirs); their own private points and notes
 * always. Four statements, however many sessions.
 */
public record SessionHistory(List<Entry> entries) {

    /** One session and what the person keeps of it. */
    public record Entry(
            Meeting meeting, boolean asMentor, List<TalkingPoint> points, List<ActionItem> actions, String myNotes) {

        /** The shared notes, when the person keeps the shared record. */
        public String sharedNotes() {
            return keepsShared(meeting.mentorship, asMentor) ? meeting.sharedNotes : null;
        }

        public Mentorship mentorship() {
            return meeting.mentorship;
        }
    }

    /** The sessions of one mentorship the viewer has a side in now (the read API's). */
    public static SessionHistory of(Side side) {
        return load(side.me().id, "m.mentorship.id = :mentorship", side.mentorship().id);
    }

    /** The sessions of every mentorship the person was ever in (the export's). */
    public static SessionHistory ofPerson(Long personId) {
        return load(
                personId,
                "m.mentorship.id in (select a.id from Mentorship a where a.mentor.id = :mentorship union"
                        + " select b.id from Mentorship b where b.mentee.id = :mentorship)",
                personId);
    }

    /**
     * {@code which} picks sessions by {@code m.mentorship.id}, and every list starts from those
     * sessions ({@code from Meeting m}) in their index: a condition on a joined mentorship, or a
     * list that started from the points, made H2 read every session or point of the instance.
     */
    private static SessionHistory load(Long personId, String which, Long key) {
        List<Meeting> meetings = query(
                        "select m from Meeting m join fetch m.mentorship ms join fetch ms.mentor join fetch ms.mentee"
                                + " where " + which + " order by m.startsAt, m.id",
                        Meeting.class,
                        key)
                .getResultList();
        Map<Long, List<TalkingPoint>> points = query(
                        "select p from Meeting m join TalkingPoint p on p.meeting = m left join fetch p.checkIn c"
                                + " where " + which + " and (p.author.id = :person or p.shared = true)"
                                + " and (c is null or c.sharedWithMentors = true) order by p.position, p.id",
                        TalkingPoint.class,
                        key)
                .setParameter("person", personId)
                .getResultStream()
                .collect(Collectors.groupingBy(p -> p.meeting.id));
        Map<Long, List<ActionItem>> actions = query(
                        "select a from ActionItem a join a.meeting m join fetch a.owner"
                                + " left join fetch a.step where " + which + " order by a.id",
                        ActionItem.class,
                        key)
                .getResultStream()
                .collect(Collectors.groupingBy(a -> a.meeting.id));
        Map<Long, String> notes = query(
                        "select n from MeetingNote n join n.meeting m where " + which + " and n.author.id = :person",
                        MeetingNote.class,
                        key)
                .setParameter("person", personId)
                .getResultStream()
                .collect(Collectors.toMap(n -> n.meeting.id, n -> n.body));
        return new SessionHistory(meetings.stream()
                .map(meeting -> {
                    boolean asMentor = meeting.mentorship.mentor.id.equals(personId);
                    boolean shared = keepsShared(meeting.mentorship, asMentor);
                    return new Entry(
                            meeting,
                            asMentor,
                            points.getOrDefault(meeting.id, List.of()).stream()
                                    .filter(p -> shared || (!p.shared && p.author.id.equals(personId)))
                                    .toList(),
                            shared ? actions.getOrDefault(meeting.id, List.of()) : List.of(),
                            notes.get(meeting.id));
                })
                .toList());
    }

    /** The mentee keeps the shared record for good; the mentor while the mentorship lasts. */
    private static boolean keepsShared(Mentorship mentorship, boolean asMentor) {
        return !asMentor || mentorship.endedAt == null;
    }

    private static <T> TypedQuery<T> query(String jpql, Class<T> type, Long key) {
        return Meeting.getEntityManager().createQuery(jpql, type).setParameter("mentorship", key);
    }
}
