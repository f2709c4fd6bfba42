package dev.waypoint.tokens;

import java.time.Instant;
import java.util.List;

/**
 * The profile's access-token section: the tokens a person holds, the form for a new one, and,
 * right after it is made, the new token itself.
 */
public record AccessTokens(List<Held> held, AccessTokenForm form, String newToken, String newTokenName) {

    /** A token as its owner's list shows it. */
    public record Held(
            Long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean expired) {}

    public static AccessTokens of(Long personId, AccessTokenForm form, AccessToken.Issued issued, Instant now) {
        List<Held> held = AccessToken.of(personId).stream()
                .map(t -> new Held(t.id, t.name, t.createdAt, t.expiresAt, t.lastUsedAt, t.isExpired(now)))
                .toList();
        return new AccessTokens(
                held, form, issued == null ? null : issued.secret(), issued == null ? null : issued.token().name);
    }

    public boolean full() {
        return held.size() >= AccessToken.MAX_PER_PERSON;
    }
}
