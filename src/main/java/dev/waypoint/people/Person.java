package dev.waypoint.people;

import dev.waypoint.web.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** Someone who signed in. Keyed on the identity provider's (issuer, subject). */
@Entity
public class Person extends Row {

    static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("UTC");
    static final DayOfWeek DEFAULT_CHECK_IN_DAY = DayOfWeek.FRIDAY;

    @Column(nullable = false, updatable = false)
    public String issuer;

    @Column(nullable = false, updatable = false)
    public String subject;

    /** The name the identity provider gives; refreshed at every sign-in. */
    @Column(nullable = false)
    public String name;

    public String email;

    /** The name the person chose to be shown under. */
    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_in_day", nullable = false)
    public DayOfWeek checkInDay;

    @Column(name = "email_reminders", nullable = false)
    public boolean emailReminders;

    /** Whether to e-mail the day before a mentoring session and the actions after it. */
    @Column(name = "email_sessions", nullable = false)
    public boolean emailSessions;

    @Column(nullable = false)
    public boolean active;

    /** Whether new check-ins start out shared with mentors. */
    @Column(name = "share_check_ins", nullable = false)
    public boolean shareCheckIns;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** When they last signed in through the provider; null for people seeded before it was kept. */
    @Column(name = "last_sign_in_at")
    public Instant lastSignInAt;

    /** Whether they mentor anyone now; kept by circles.Mentorship as mentorships start and end. */
    @Column(nullable = false)
    public boolean mentoring;

    /** Quiet hours, in their own zone: no e-mail is sent from {@code quietFrom} until {@code quietUntil}. */
    @Column(name = "quiet_from", nullable = false)
    public LocalTime quietFrom;

    @Column(name = "quiet_until", nullable = false)
    public LocalTime quietUntil;

    /**
     * How many of their inbox entries are unread: the bell's count, read with the person at no extra
     * cost. Only notifications.Notices changes it, by relative updates in the database, so a profile
     * saved at the same time can never write back an old count.
     */
    @Column(name = "unread_notices", insertable = false, updatable = false)
    public int unreadNotices;

    /** When the check-in reminder job next looks at them; only that job moves it (checkins.Reminders). */
    @Column(name = "reminder_due_at", insertable = false, updatable = false)
    public Instant reminderDueAt;

    @Version
    public int version;

    static Person firstSignIn(String issuer, String subject, String name, String email, Instant now) {
        Person person = new Person();
        person.issuer = issuer;
        person.subject = subject;
        person.name = name;
        person.email = email;
        person.displayName = ProfileForm.shorten(name);
        person.timeZone = DEFAULT_TIME_ZONE.getId();
        person.checkInDay = DEFAULT_CHECK_IN_DAY;
        person.emailReminders = true;
        person.emailSessions = true;
        person.quietFrom = LocalTime.of(20, 0);
        person.quietUntil = LocalTime.of(8, 0);
        person.active = true;
        person.createdAt = now;
        return person;
    }

    /** A dev-mode persona as the dev provider would sign them in ("alice" → Alice). */
    public static Person ensureDevPersona(String issuer, String username, Instant now) {
        return findByIdentity(issuer, username).orElseGet(() -> {
            String name = Character.toUpperCase(username.charAt(0)) + username.substring(1);
            Person person = firstSignIn(issuer, username, name, username + "@example.com", now);
            person.persist();
            return person;
        });
    }

    public static Optional<Person> findByIdentity(String issuer, String subject) {
        return find("issuer = ?1 and subject = ?2", issuer, subject).firstResultOptional();
    }

    /** Keeps the provider's claims current; returns whether anything changed. */
    boolean refreshClaims(String name, String email) {
        boolean changed = !name.equals(this.name) || !java.util.Objects.equals(email, this.email);
        this.name = name;
        this.email = email;
        return changed;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String firstName() {
        int space = displayName.indexOf(' ');
        return space > 0 ? displayName.substring(0, space) : displayName;
    }
}
