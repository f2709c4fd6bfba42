package dev.waypoint.notifications;

import dev.waypoint.web.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** An e-mail to send to one person about one topic, once it is due; see {@link Outbox}. */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail extends Row {

    /** What the e-mail is; each kind is written by the {@link Letters} that handle it. */
    public enum Kind {
        /** Inbox entries soon after they happened. */
        NOTICES,
        DAILY_DIGEST,
        WEEKLY_DIGEST,
        CHECK_IN_REMINDER
    }

    public enum State {
        WAITING,
        SENT,
        /** Refused or unreachable too many times in a row; counted, shown to admins. */
        FAILED,
        /** Nothing left to say when it was due (read elsewhere, no longer shared, turned off). */
        DROPPED
    }

    @Column(name = "person_id", nullable = false, updatable = false)
    public Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Topic topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(nullable = false)
    public int attempts;

    /** Until when one sender has it; after that, another may take it (the first one stopped). */
    @Column(name = "claimed_until")
    public Instant claimedUntil;

    /** Why the last try failed, in the mail server's words, never the e-mail's. */
    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
