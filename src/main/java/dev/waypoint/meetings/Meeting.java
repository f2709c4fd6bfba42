package dev.waypoint.meetings;

import dev.waypoint.circles.Mentorship;
import dev.waypoint.people.Person;
import dev.waypoint.web.Dates;
import dev.waypoint.web.Row;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A mentoring session: a mentor and mentee meeting (a "session" in the app's words; in the code a
 * session is a sign-in). Planned in the zone of whoever planned it, shown to each in their own.
 */
@Entity
// Only changed columns are written, so a save never puts back a claim the mail job just made.
@DynamicUpdate
public class Meeting extends Row {

    @TemplateGlobal(name = "meetingPlaceMax")
    public static final int PLACE_MAX = 300;

    @TemplateGlobal(name = "meetingNotesMax")
    public static final int NOTES_MAX = 20000;

    @TemplateGlobal(name = "helpfulNoteMax")
    public static final int HELPFUL_NOTE_MAX = 300;

    /** The lengths a session may be planned for, in minutes. */
    @TemplateGlobal(name = "meetingLengths")
    public static final List<Integer> LENGTHS = List.of(15, 30, 45, 60, 90, 120);

    /** How often a session may repeat, in weeks. */
    @TemplateGlobal(name = "meetingRepeats")
    public static final List<Integer> REPEATS = List.of(1, 2, 4);

    public enum Status {
        PLANNED,
        HELD,
        CANCELLED
    }

    /** What the mentee said afterwards. */
    public enum Helpful {
        YES("Yes"),
        SOMEWHAT("Somewhat"),
        NOT_REALLY("Not really");

        private final String label;

        Helpful(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @TemplateGlobal(name = "helpfulChoices")
    public static final List<Helpful> HELPFUL_CHOICES = List.of(Helpful.values());

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentorship_id", updatable = false)
    public Mentorship mentorship;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "planned_by")
    public Person plannedBy;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    /** The zone the time was typed in: a repeat keeps its wall-clock time there across DST. */
    @Column(nullable = false)
    public String zone;

    @Column(nullable = false)
    public int minutes;

    /** A room, a call link or an address; optional. */
    public String place;

    @Column(name = "repeat_weeks")
    public Integer repeatWeeks;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The session this one follows in a repeating series. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "follows_id", updatable = false)
    public Meeting follows;

    /** How many times calendar apps have been told of a change (iCalendar SEQUENCE). */
    @Column(nullable = false)
    public int sequence;

    @Column(name = "shared_notes")
    public String sharedNotes;

    /** The shared notes' own version, so a change to the time never makes an open notes form stale. */
    @Column(name = "notes_version", nullable = false)
    public int notesVersion;

    @Enumerated(EnumType.STRING)
    public Helpful helpful;

    @Column(name = "helpful_note")
    public String helpfulNote;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** When the reminder the day before went out (claimed); a new time clears it. */
    @Column(name = "reminded_at")
    public Instant remindedAt;

    /** When the note after the session went out (claimed). */
    @Column(name = "followed_up_at")
    public Instant followedUpAt;

    @Version
    public int version;

    /** A new planned session (not yet persisted). */
    public static Meeting plan(
            Mentorship mentorship, Person plannedBy, When when, String place, Integer repeatWeeks, Instant now) {
        Meeting meeting = new Meeting();
        meeting.mentorship = mentorship;
        meeting.plannedBy = plannedBy;
        meeting.createdAt = now;
        meeting.status = Status.PLANNED;
        meeting.reschedule(when, place, repeatWeeks);
        meeting.sequence = 0;
        meeting.notesVersion = 0;
        return meeting;
    }

    /** When a session starts, in the zone it was planned in, and for how long. */
    public record When(ZonedDateTime start, int minutes) {}

    void reschedule(When when, String place, Integer repeatWeeks) {
        this.startsAt = when.start().toInstant();
        this.zone = when.start().getZone().getId();
        this.minutes = when.minutes();
        this.place = place;
        this.repeatWeeks = repeatWeeks;
        this.sequence++;
        this.remindedAt = null;
    }

    /** The next session of a repeating series: the same time of day in the same zone, some weeks on. */
    private Meeting next(Instant now) {
        ZonedDateTime start = startsAt.atZone(ZoneId.of(zone)).plusWeeks(repeatWeeks);
        Meeting next = plan(mentorship, plannedBy, new When(start, minutes), place, repeatWeeks, now);
        next.follows = this;
        return next;
    }

    /** Held: a repeating series plans its next session, and open points move to the next one. */
    void markHeld(Instant now) {
        status = Status.HELD;
        planNextInSeries(now);
        nextOf(mentorship.id, now).ifPresent(next -> TalkingPoint.moveOpen(this, next));
    }

    /** Cancelled: calendars drop it; a repeating series goes on. Its points stay where they are. */
    void cancel(Instant now) {
        status = Status.CANCELLED;
        sequence++;
        planNextInSeries(now);
    }

    /** The next session of a repeating series, unless it is planned already. */
    Optional<Meeting> planNextInSeries(Instant now) {
        if (repeatWeeks == null || count("follows.id", id) > 0) {
            return Optional.empty();
        }
        Meeting next = next(now);
        next.persist();
        TalkingPoint.takeWaiting(next);
        return Optional.of(next);
    }

    /** When it is, in the viewer's own zone: "Tue 15 Dec 2026, 16:00–17:00". */
    public String timeFor(Person viewer) {
        return Dates.span(startsAt.atZone(viewer.zone()), endsAt().atZone(viewer.zone()));
    }

    /** The day alone, in the viewer's zone: "Tue 15 Dec 2026". */
    public String dayFor(Person viewer) {
        return Dates.weekday(startsAt.atZone(viewer.zone()));
    }

    /** How often it repeats, in words, or null. */
    public String repeatWords() {
        if (repeatWeeks == null) {
            return null;
        }
        return repeatWeeks == 1 ? "Repeats every week" : "Repeats every " + repeatWeeks + " weeks";
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * minutes);
    }

    public boolean isPlanned() {
        return status == Status.PLANNED;
    }

    public boolean isCancelled() {
        return status == Status.CANCELLED;
    }

    public boolean isHeld() {
        return status == Status.HELD;
    }

    /** Begun or over, and not cancelled: what can be marked held and said to be helpful. */
    public boolean hasBegun(Instant now) {
        return !isCancelled() && !startsAt.isAfter(now);
    }

    /** Still to come: planned and not yet over. */
    public boolean isUpcoming(Instant now) {
        return status == Status.PLANNED && endsAt().isAfter(now);
    }

    /** The session, if the viewer is either side of its mentorship and may open it now. */
    static Optional<Meeting> findFor(Long mentorshipId, Long meetingId) {
        return find(
                        "from Meeting m join fetch m.mentorship where m.id = ?1 and m.mentorship.id = ?2",
                        meetingId,
                        mentorshipId)
                .firstResultOptional();
    }

    /**
     * The next session to start with each mentee of the mentor's active mentorships, by mentorship
     * id: one statement, from the mentor's mentorships to each one's sessions in their index.
     */
    public static Map<Long, Meeting> nextWithEachMentee(Long mentorId, Instant now) {
        return nextOfEach("ms.mentor.id = :person", mentorId, now).stream()
                .collect(Collectors.toMap(m -> m.mentorship.id, m -> m, (first, tie) -> first));
    }

    /** The next session to start with each of the mentee's active mentors, soonest first, mentors loaded. */
    public static List<Meeting> nextWithEachMentor(Long menteeId, Instant now) {
        return nextOfEach("ms.mentee.id = :person", menteeId, now).stream()
                .sorted(java.util.Comparator.comparing((Meeting m) -> m.startsAt)
                        .thenComparing(m -> m.id))
                .toList();
    }

    private static List<Meeting> nextOfEach(String side, Long personId, Instant now) {
        return getEntityManager()
                .createQuery(
                        "select m from Mentorship ms join Meeting m on m.mentorship = ms join fetch m.mentorship mm"
                                + " join fetch mm.mentor join fetch mm.mentee where " + side
                                + " and ms.endedAt is null and m.status = :planned and m.startsAt > :now"
                                + " and not exists (select n.id from Meeting n where n.mentorship = ms"
                                + " and n.status = :planned and n.startsAt > :now and n.startsAt < m.startsAt)",
                        Meeting.class)
                .setParameter("person", personId)
                .setParameter("planned", Status.PLANNED)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * The person's sessions for their calendar feed, on either side of their active mentorships,
     * from {@code since} on, cancelled ones too (so calendars drop them), with both people loaded.
     * Each side is found through its own index.
     */
    public static List<Meeting> forCalendarOf(Long personId, Instant since) {
        return list(
                "from Meeting m join fetch m.mentorship ms join fetch ms.mentor join fetch ms.mentee"
                        + " where m.startsAt >= ?2 and ms.id in (select a.id from Mentorship a where a.mentor.id = ?1"
                        + " and a.endedAt is null union select b.id from Mentorship b where b.mentee.id = ?1"
                        + " and b.endedAt is null) order by m.startsAt, m.id",
                personId,
                since);
    }

    /** The other person of the session, seen from {@code personId}'s side. */
    public Person otherThan(Long personId) {
        return mentorship.mentor.id.equals(personId) ? mentorship.mentee : mentorship.mentor;
    }

    /**
     * Repeating sessions that ended in the last two weeks with no next one planned yet: the series
     * job plans it. Seeking by start keeps this to the sessions of those two weeks.
     */
    static List<Meeting> seriesToRoll(Instant now) {
        return list(
                "from Meeting m join fetch m.mentorship ms where m.startsAt > ?1 and m.startsAt < ?2"
                        + " and m.repeatWeeks is not null and m.status <> ?3 and ms.endedAt is null"
                        + " and not exists (select n.id from Meeting n where n.follows = m)",
                now.minus(java.time.Duration.ofDays(14)),
                now.minusSeconds(60L * LENGTHS.get(LENGTHS.size() - 1)),
                Status.CANCELLED);
    }

    /** The two e-mails a session gets, each claimed once through the column that says it went out. */
    enum Mailing {
        /** The day before, while it is planned. */
        REMINDER("remindedAt", "=", Status.PLANNED),
        /** After it, unless it was cancelled. */
        FOLLOW_UP("followedUpAt", "<>", Status.CANCELLED);

        private final String sentAt;
        private final String status;
        private final Status which;

        Mailing(String sentAt, String status, Status which) {
            this.sentAt = sentAt;
            this.status = status;
            this.which = which;
        }

        /**
         * Sessions of active mentorships starting in (from, until] that have not had this e-mail.
         * Seeking by start keeps this to the sessions of those days.
         */
        List<Meeting> due(Instant from, Instant until) {
            return Meeting.list(
                    "select m from Meeting m join m.mentorship ms where m.startsAt > ?1 and m.startsAt <= ?2"
                            + " and m.status " + status + " ?3 and m." + sentAt + " is null and ms.endedAt is null"
                            + " order by m.startsAt, m.id",
                    from,
                    until,
                    which);
        }

        /** Marks it sent, unless another instance did first; true if this call did. */
        boolean claim(Long meetingId, Instant now) {
            return Meeting.update(sentAt + " = ?1 where id = ?2 and " + sentAt + " is null", now, meetingId) == 1;
        }
    }

    /** Every session of a mentorship, newest first. */
    static List<Meeting> ofMentorship(Long mentorshipId) {
        return list("mentorship.id = ?1 order by startsAt desc, id desc", mentorshipId);
    }

    /** The first planned session not yet over, if any (a session lasts two hours at most). */
    public static Optional<Meeting> nextOf(Long mentorshipId, Instant now) {
        return Meeting.<Meeting>find(
                        "mentorship.id = ?1 and status = ?2 and startsAt > ?3 order by startsAt, id",
                        mentorshipId,
                        Status.PLANNED,
                        now.minusSeconds(60L * LENGTHS.get(LENGTHS.size() - 1)))
                .range(0, LENGTHS.size())
                .stream()
                .filter(meeting -> meeting.isUpcoming(now))
                .findFirst();
    }
}
