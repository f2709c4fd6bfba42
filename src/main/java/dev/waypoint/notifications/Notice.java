package dev.waypoint.notifications;

import dev.waypoint.web.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * One entry of a person's inbox: what happened, who did it, and the item it is about. People and
 * items are ids here, so every feature above can record one; what the item is called is read when
 * the entry is shown, and only if its reader may still see it.
 */
@Entity
public class Notice extends Row {

    /** What happened, and so which e-mail choice it falls under. */
    public enum Kind {
        COMMENT,
        CHEER,
        READ,
        REPLY,
        INVITATION_ACCEPTED,
        CHECK_IN_SHARED,
        GOAL_SHARED_WITH_TEAM,
        TEAM_STEP_ASSIGNED,
        SESSION_PLANNED,
        SESSION_MOVED,
        SESSION_CANCELLED,
        ACTION_GIVEN,
        CALENDAR_FEED_MADE,
        ACCESS_TOKEN_MADE,
        SIGNED_OUT_EVERYWHERE;

        /** The account's own security events: told even when the person did it themselves. */
        public boolean aboutSecurity() {
            return this == CALENDAR_FEED_MADE || this == ACCESS_TOKEN_MADE || this == SIGNED_OUT_EVERYWHERE;
        }
    }

    /** What kind of item an entry is about; {@code ACCOUNT} is the reader's own account. */
    public enum Subject {
        GOAL,
        CHECK_IN,
        MILESTONE,
        TEAM_GOAL,
        MEETING,
        MENTORSHIP,
        TEAM,
        ACCOUNT
    }

    /** Whose inbox it is in. */
    @Column(name = "person_id", nullable = false, updatable = false)
    public Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    /** Who did it; null once they deleted their account. */
    @Column(name = "actor_id")
    public Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Subject subject;

    @Column(name = "subject_id", updatable = false)
    public Long subjectId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    /** When an e-mail told of it, or when it was decided none would; null while one may still. */
    @Column(name = "mailed_at")
    public Instant mailedAt;

    /** An unread entry, not yet saved. */
    public static Notice of(Long personId, Kind kind, Long actorId, Subject subject, Long subjectId, Instant at) {
        Notice notice = new Notice();
        notice.personId = personId;
        notice.kind = kind;
        notice.actorId = actorId;
        notice.subject = subject;
        notice.subjectId = subjectId;
        notice.createdAt = at;
        return notice;
    }
}
