package dev.waypoint.calendar;

import dev.waypoint.web.Secrets;
import dev.waypoint.web.Sha256;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A person's private calendar feed: on while this row exists. Its address holds a secret that is
 * shown once; only the secret's hash is kept, so a new address is the only way to see it again.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends PanacheEntityBase {

    @Id
    @Column(name = "person_id")
    public Long personId;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<CalendarFeed> of(Long personId) {
        return findByIdOptional(personId);
    }

    /** Whose feed the secret opens; empty for a secret that was rotated, turned off or never made. */
    public static Optional<Long> ownerOf(String secret) {
        if (!Secrets.couldBeToken(secret)) {
            return Optional.empty();
        }
        return find("secretHash", Sha256.hex(secret))
                .<CalendarFeed>firstResultOptional()
                .map(feed -> feed.personId);
    }

    /** Turns the feed on, or gives it a new address that ends the old one; returns the new secret. */
    public static String open(Long personId, Instant now) {
        String secret = Secrets.newToken();
        CalendarFeed feed = of(personId).orElseGet(() -> {
            CalendarFeed made = new CalendarFeed();
            made.personId = personId;
            return made;
        });
        feed.secretHash = Sha256.hex(secret);
        feed.createdAt = now;
        feed.persist();
        return secret;
    }

    public static void close(Long personId) {
        deleteById(personId);
    }
}
