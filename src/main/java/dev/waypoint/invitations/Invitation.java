package dev.waypoint.invitations;

import dev.waypoint.people.Person;
import dev.waypoint.teams.Team;
import dev.waypoint.web.Row;
import dev.waypoint.web.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A single-use link asking someone to become the inviter's mentor (or mentee). The token itself
 * is shown once and never stored; only its SHA-256 hash is.
 */
@Entity
public class Invitation extends Row {

    static final Duration LIFETIME = Duration.ofDays(14);

    /** The role the invited person would take. */
    public enum Role {
        MENTOR("mentor"),
        MENTEE("mentee"),
        TEAM_MEMBER("team member");

        private final String noun;

        Role(String noun) {
            this.noun = noun;
        }

        public String noun() {
            return noun;
        }
    }

    @Column(name = "token_hash", nullable = false, updatable = false)
    public String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inviter_id", updatable = false)
    public Person inviter;

    @Enumerated(EnumType.STRING)
    @Column(name = "invitee_role", nullable = false, updatable = false)
    public Role inviteeRole;

    /** The team a TEAM_MEMBER invitation is for. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id", updatable = false)
    public Team team;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accepted_by")
    public Person acceptedBy;

    @Column(name = "declined_at")
    public Instant declinedAt;

    /** For the audit log: "for a mentor", or "to join the team Platform". */
    public String whatFor() {
        return team != null ? "to join the team " + team.name : "for a " + inviteeRole.noun();
    }

    /** For the audit log, once accepted: "as mentor", or "to join the team Platform". */
    public String acceptedAs() {
        return team != null ? "to join the team " + team.name : "as " + inviteeRole.noun();
    }

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Version
    public int version;

    static String hash(String token) {
        return Sha256.hex(token);
    }

    static Optional<Invitation> byToken(String token) {
        if (token == null || token.length() < 40 || token.length() > 64) {
            return Optional.empty();
        }
        return find("from Invitation i join fetch i.inviter left join fetch i.team where i.tokenHash = ?1", hash(token))
                .firstResultOptional();
    }

    public static List<Invitation> pendingFrom(Long inviterId, Instant now) {
        return list(
                "inviter.id = ?1 and team is null and acceptedAt is null and declinedAt is null and revokedAt is null and expiresAt > ?2"
                        + " order by createdAt desc",
                inviterId,
                now);
    }

    public boolean isOpen(Instant now) {
        return acceptedAt == null && declinedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /** Why the link can't be used any more, in words; null while it can. */
    String whyClosed(Instant now) {
        if (acceptedAt != null) {
            return "This invitation has already been accepted. Each link works once.";
        }
        if (declinedAt != null) {
            return "This invitation was declined.";
        }
        if (revokedAt != null) {
            return "This invitation was withdrawn by the person who sent it.";
        }
        if (!now.isBefore(expiresAt)) {
            return "This invitation has expired. Ask for a new link.";
        }
        return null;
    }

    /**
     * Claims the invitation for the person, atomically: of two people (or two clicks) accepting
     * at once, exactly one succeeds.
     */
    static boolean claim(Long id, Long personId, Instant now) {
        return update(
                        "acceptedAt = ?1, acceptedBy = ?2, version = version + 1 where id = ?3 and acceptedAt is null"
                                + " and declinedAt is null and revokedAt is null and expiresAt > ?1",
                        now,
                        Person.getEntityManager().getReference(Person.class, personId),
                        id)
                == 1;
    }
}
