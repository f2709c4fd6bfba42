package dev.waypoint.tokens;

import dev.waypoint.web.Row;
import dev.waypoint.web.Secrets;
import dev.waypoint.web.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A personal access token for the read API: named by its owner, expiring, revocable. The token is
 * shown once when it is made; only its hash is kept, so a lost token is replaced, never shown again.
 */
@Entity
@Table(name = "access_token")
public class AccessToken extends Row {

    public static final int NAME_MAX = 80;

    /** Enough for every script and tool a person runs; the profile's list stays short. */
    public static final int MAX_PER_PERSON = 20;

    /** Every token starts so, which makes one that leaked into a repository or a log easy to find. */
    static final String PREFIX = "wpt_";

    /** Last use is kept to the minute: a script calling every second writes once a minute, not every time. */
    private static final Duration LAST_USE_GRAIN = Duration.ofMinutes(1);

    @Column(name = "person_id", nullable = false, updatable = false)
    public Long personId;

    @Column(nullable = false)
    public String name;

    @Column(name = "secret_hash", nullable = false, updatable = false)
    String secretHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    /** A token just made, and the token itself: the only time it is known. */
    public record Issued(AccessToken token, String secret) {}

    /** Ends every token of the person at once. */
    public static void revokeAllOf(Long personId) {
        delete("personId", personId);
    }

    /** The person's tokens, newest first. */
    public static List<AccessToken> of(Long personId) {
        return list("personId = ?1 order by createdAt desc, id desc", personId);
    }

    /** The token a call presents, if it was made here and not revoked (expired ones too). */
    static Optional<AccessToken> presented(String token) {
        if (token == null || !token.startsWith(PREFIX) || !Secrets.couldBeToken(token.substring(PREFIX.length()))) {
            return Optional.empty();
        }
        return find("secretHash", Sha256.hex(token)).firstResultOptional();
    }

    public static Issued issue(Long personId, String name, Instant expiresAt, Instant now) {
        AccessToken token = new AccessToken();
        String secret = PREFIX + Secrets.newToken();
        token.personId = personId;
        token.name = name;
        token.secretHash = Sha256.hex(secret);
        token.createdAt = now;
        token.expiresAt = expiresAt;
        token.persist();
        return new Issued(token, secret);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void usedAt(Instant now) {
        if (lastUsedAt == null || !lastUsedAt.plus(LAST_USE_GRAIN).isAfter(now)) {
            lastUsedAt = now;
        }
    }
}
