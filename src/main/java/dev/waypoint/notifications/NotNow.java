package dev.waypoint.notifications;

import dev.waypoint.web.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Not now" on an item of a "needs you" list: the item stays off its person's list until {@link
 * #backAt}. Only the person's own list reads it; acting on the item clears it for good anyway.
 */
@Entity
@Table(name = "not_now")
public class NotNow extends Row {

    @Column(name = "person_id", nullable = false, updatable = false)
    public Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public NeedsYou.Subject subject;

    @Column(name = "subject_id", nullable = false, updatable = false)
    public Long subjectId;

    /** Whose check-in, or who has been quiet. */
    @Column(name = "about_id", nullable = false, updatable = false)
    public Long aboutId;

    @Column(name = "back_at", nullable = false, updatable = false)
    public Instant backAt;

    /** What the person put off that is still off at {@code now}. */
    static Set<NeedsYou.Key> of(Long personId, Instant now) {
        return NotNow.<NotNow>list("personId = ?1 and backAt > ?2", personId, now).stream()
                .map(row -> new NeedsYou.Key(row.subject, row.subjectId))
                .collect(Collectors.toSet());
    }

    /** Puts an item off until {@code backAt}; the person's rows that are back already go. */
    static void put(Long personId, NeedsYou.Item item, Instant backAt, Instant now) {
        delete("personId = ?1 and backAt <= ?2", personId, now);
        NotNow row = new NotNow();
        row.personId = personId;
        row.subject = item.key().subject();
        row.subjectId = item.key().id();
        row.aboutId = item.aboutId();
        row.backAt = backAt;
        row.persist();
    }
}
