package dev.waypoint.sessions;

import dev.waypoint.web.Sha256;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * The browser sessions, shared by every instance through the database: started at sign-in, ended
 * by signing out, by "sign out everywhere" or by the provider. Plain JDBC on purpose: it runs
 * while a request is being signed in, outside any transaction, one primary-key lookup a request.
 */
@ApplicationScoped
public class WebSessions {

    @Inject
    AgroalDataSource database;

    @Inject
    Clock clock;

    /** Who a session belongs to, from its ID token. */
    public record Owner(String issuer, String subject, String providerSid, Instant expiresAt) {}

    public static String hash(String cookieValue) {
        return Sha256.hex(cookieValue);
    }

    /** What a session's cookie is good for now. */
    public enum State {
        ACTIVE,
        /** Signed out, everywhere or here, or ended by the provider or an admin. */
        ENDED,
        /** Still signed in, but an admin deactivated the account: only signing out is left. */
        DEACTIVATED
    }

    /** Records a new session; it is kept a day past its ID token's expiry, when Quarkus ends it anyway. */
    public void started(String cookieHash, Owner owner, Long personId) {
        Instant now = clock.instant();
        Instant keepUntil = owner.expiresAt().isAfter(now) ? owner.expiresAt() : now;
        run(
                "INSERT INTO web_session (cookie_hash, issuer, subject, provider_sid, started_at, keep_until, person_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, cookieHash);
                    statement.setString(2, owner.issuer());
                    statement.setString(3, owner.subject());
                    statement.setString(4, owner.providerSid());
                    statement.setTimestamp(5, Timestamp.from(now));
                    statement.setTimestamp(6, Timestamp.from(keepUntil.plus(java.time.Duration.ofDays(1))));
                    statement.setLong(7, personId);
                });
    }

    /** Whether the session with this cookie still stands, and whether its account is active: one lookup. */
    public State stateOf(String cookieHash) {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT s.ended_at, p.active FROM web_session s"
                        + " LEFT JOIN person p ON p.id = s.person_id WHERE s.cookie_hash = ?")) {
            query.setString(1, cookieHash);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return State.ACTIVE;
                }
                if (rows.getTimestamp(1) != null) {
                    return State.ENDED;
                }
                boolean active = rows.getBoolean(2) || rows.wasNull();
                return active ? State.ACTIVE : State.DEACTIVATED;
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not check the session", failed);
        }
    }

    /**
     * Signing out: this one session ends. A session from before sessions were recorded has no
     * row yet; it gets one, already ended, so its cookie stops working too.
     */
    public void end(String cookieHash) {
        if (endWhere("cookie_hash = ?", cookieHash) > 0 || stateOf(cookieHash) == State.ENDED) {
            return;
        }
        Instant now = clock.instant();
        run(
                "INSERT INTO web_session (cookie_hash, issuer, subject, started_at, keep_until, ended_at)"
                        + " VALUES (?, '', '', ?, ?, ?)",
                statement -> {
                    statement.setString(1, cookieHash);
                    statement.setTimestamp(2, Timestamp.from(now));
                    statement.setTimestamp(3, Timestamp.from(now.plus(java.time.Duration.ofDays(1))));
                    statement.setTimestamp(4, Timestamp.from(now));
                });
    }

    /** "Sign out everywhere": every session of the account ends. */
    public void endAll(String issuer, String subject) {
        run("UPDATE web_session SET ended_at = ? WHERE issuer = ? AND subject = ? AND ended_at IS NULL", statement -> {
            statement.setTimestamp(1, Timestamp.from(clock.instant()));
            statement.setString(2, issuer);
            statement.setString(3, subject);
        });
    }

    /** An admin deactivated the person, or the account is being deleted: every session of theirs ends. */
    public void endAllOf(Long personId) {
        run("UPDATE web_session SET ended_at = ? WHERE person_id = ? AND ended_at IS NULL", statement -> {
            statement.setTimestamp(1, Timestamp.from(clock.instant()));
            statement.setLong(2, personId);
        });
    }

    /** The provider ended its session (back-channel logout): so do the browser sessions it started. */
    public void endProviderSession(String providerSid) {
        endWhere("provider_sid = ?", providerSid);
    }

    /** Forgets sessions that have expired by now anyway. */
    @Scheduled(every = "1h", delayed = "5m")
    public void forgetExpired() {
        run(
                "DELETE FROM web_session WHERE keep_until < ?",
                statement -> statement.setTimestamp(1, Timestamp.from(clock.instant())));
    }

    private int endWhere(String condition, String value) {
        return run("UPDATE web_session SET ended_at = ? WHERE " + condition + " AND ended_at IS NULL", statement -> {
            statement.setTimestamp(1, Timestamp.from(clock.instant()));
            statement.setString(2, value);
        });
    }

    private interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private int run(String sql, Binding binding) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binding.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not record the session", failed);
        }
    }
}
