package dev.waypoint.circles;

import dev.waypoint.people.Person;
import dev.waypoint.web.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A mentor and a mentee. Active until either of them ends it. */
@Entity
public class Mentorship extends Row {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentor_id", updatable = false)
    public Person mentor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentee_id", updatable = false)
    public Person mentee;

    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    /** TRUE while active, NULL once ended: the database's key for "one active mentorship per pair". */
    @Column(name = "is_active")
    Boolean active = Boolean.TRUE;

    /** A new, active mentorship (not yet persisted). */
    public static Mentorship of(Person mentor, Person mentee, Instant startedAt) {
        Mentorship mentorship = new Mentorship();
        mentorship.mentor = mentor;
        mentorship.mentee = mentee;
        mentorship.startedAt = startedAt;
        mentor.mentoring = true;
        return mentorship;
    }

    public void end(Instant now) {
        endedAt = now;
        active = null;
        Long self = id == null ? -1L : id; // not saved yet: none of the saved ones is this one
        mentor.mentoring = count("mentor.id = ?1 and endedAt is null and id <> ?2", mentor.id, self) > 0;
    }

    /**
     * The person's active mentorships on both sides, with both people loaded. Each side is found
     * through its own index (an "or" across the two would read every mentorship).
     */
    public static List<Mentorship> activeFor(Long personId) {
        return list(
                "from Mentorship m join fetch m.mentor join fetch m.mentee where m.id in"
                        + " (select a.id from Mentorship a where a.mentor.id = ?1 and a.endedAt is null"
                        + " union select b.id from Mentorship b where b.mentee.id = ?1 and b.endedAt is null)"
                        + " order by m.startedAt",
                personId);
    }

    /**
     * A mentorship the rule counts: not ended, and the mentee not deactivated (nothing of a
     * deactivated person shows to anyone). The same words as {@link Audience}'s mentor part.
     */
    private static final String ACTIVE = "m.endedAt is null and e.active = true";

    /** The mentor's active mentorships with their mentees, oldest first. */
    public static List<Mentorship> activeOf(Long mentorId) {
        return list(
                "from Mentorship m join fetch m.mentee e where m.mentor.id = ?1 and " + ACTIVE
                        + " order by m.startedAt",
                mentorId);
    }

    /** The mentorship, if the mentor mentors the mentee now. */
    public static Optional<Mentorship> active(Long mentorId, Long menteeId) {
        return find(
                        "from Mentorship m join fetch m.mentee e where m.mentor.id = ?1 and e.id = ?2 and " + ACTIVE,
                        mentorId,
                        menteeId)
                .firstResultOptional();
    }

    public static boolean isActive(Long mentorId, Long menteeId) {
        return count(
                        "from Mentorship m join m.mentee e where m.mentor.id = ?1 and e.id = ?2 and " + ACTIVE,
                        mentorId,
                        menteeId)
                > 0;
    }

    /** An active mentorship either person may end. */
    public static Optional<Mentorship> findActiveInvolving(Long id, Long personId) {
        return find(
                        "from Mentorship m where m.id = ?1 and m.endedAt is null and (m.mentor.id = ?2 or m.mentee.id = ?2)",
                        id,
                        personId)
                .firstResultOptional();
    }

    public static boolean hasMentor(Long menteeId) {
        return count("mentee.id = ?1 and endedAt is null", menteeId) > 0;
    }

    /** The mentee's active mentors, by name. */
    public static List<Person> mentorsOf(Long menteeId) {
        return Person.list(
                "select m.mentor from Mentorship m where m.mentee.id = ?1 and m.endedAt is null order by m.startedAt",
                menteeId);
    }
}
