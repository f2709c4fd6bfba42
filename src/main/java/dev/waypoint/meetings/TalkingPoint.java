package dev.waypoint.meetings;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.people.Person;
import dev.waypoint.web.Row;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * Something one of the two wants to talk about: their own words, or one answer of a check-in the
 * mentee shared with mentors. Shared points both see; a private one only its author.
 */
@Entity
@Table(name = "talking_point")
public class TalkingPoint extends Row {

    @TemplateGlobal(name = "talkingPointMax")
    public static final int BODY_MAX = 500;

    /** The answers of a check-in that can go on an agenda. */
    public enum Answer {
        ROADBLOCKS("Roadblock"),
        FOCUS("Next week's focus"),
        WINS("Win");

        private final String label;

        Answer(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The answer's text in the check-in, or null when it was left empty. */
        public String of(CheckIn checkIn) {
            return switch (this) {
                case ROADBLOCKS -> checkIn.roadblocks;
                case FOCUS -> checkIn.focus;
                case WINS -> checkIn.wins;
            };
        }
    }

    @TemplateGlobal(name = "agendaAnswers")
    public static final List<Answer> ANSWERS = List.of(Answer.values());

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    public Person author;

    /** The author's words; null for a check-in's answer, which is read from the check-in itself. */
    public String body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "check_in_id", updatable = false)
    public CheckIn checkIn;

    @Enumerated(EnumType.STRING)
    public Answer answer;

    @Column(nullable = false)
    public boolean shared;

    @Column(nullable = false)
    public int position;

    @Column(name = "covered_at")
    public Instant coveredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public boolean isCovered() {
        return coveredAt != null;
    }

    /** What the point says: the author's words, or the check-in's answer. */
    public String text() {
        return body != null ? body : answer.of(checkIn);
    }

    /**
     * The points of a session the viewer may see: the shared ones, their own private ones, and
     * of check-ins only those still shared with mentors, in order, with their check-ins.
     */
    static List<TalkingPoint> seenBy(Long meetingId, Long viewerId) {
        return list(
                "from TalkingPoint p join fetch p.author left join fetch p.checkIn c where p.meeting.id = ?1"
                        + " and (p.shared = true or p.author.id = ?2)"
                        + " and (c is null or c.sharedWithMentors = true)"
                        + " order by p.position, p.id",
                meetingId,
                viewerId);
    }

    /** The points of a session not yet covered move to the end of {@code to}'s, both sides' alike. */
    static int moveOpen(Meeting from, Meeting to) {
        return update(
                "meeting = ?1, position = position + ?2 where meeting = ?3 and coveredAt is null",
                to,
                nextPosition(to.id),
                from);
    }

    /**
     * A newly planned session takes the points still waiting from sessions held before it with no
     * session after them then.
     */
    static int takeWaiting(Meeting to) {
        return update(
                "meeting = ?1, position = position + ?2 where coveredAt is null and meeting.id in"
                        + " (select m.id from Meeting m where m.mentorship = ?3 and m.status = ?4 and m.startsAt < ?5)",
                to,
                nextPosition(to.id),
                to.mentorship,
                Meeting.Status.HELD,
                to.startsAt);
    }

    /** The position after a session's last point. */
    static int nextPosition(Long meetingId) {
        Integer last = getEntityManager()
                .createQuery("select max(p.position) from TalkingPoint p where p.meeting.id = :m", Integer.class)
                .setParameter("m", meetingId)
                .getSingleResult();
        return last == null ? 0 : last + 1;
    }
}
