package dev.waypoint.audit;

import io.quarkus.arc.Arc;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Appends events to the audit log, in the caller's transaction, and purges those past retention. */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    @Inject
    Clock clock;

    /** How long events are kept (ISO-8601, e.g. {@code P400D}). */
    @ConfigProperty(name = "waypoint.audit.retention")
    Duration retention;

    /** Records an event from the request being served, with its address. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditKind kind, Long actorId, Long subjectId, String detail) {
        record(kind, actorId, subjectId, detail, addressOfThisRequest());
    }

    /** Records an event with a known address (or none, for the app's own jobs). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditKind kind, Long actorId, Long subjectId, String detail, String address) {
        AuditEvent event = new AuditEvent();
        event.at = clock.instant();
        event.kind = kind;
        event.actorId = actorId;
        event.subjectId = subjectId;
        event.detail = detail == null ? null : shorten(detail);
        event.address = address;
        event.persist();
    }

    /** Events older than the retention period go, once a day. */
    @Scheduled(every = "24h", delayed = "10m")
    @Transactional
    public void purgeExpired() {
        long purged = purgeOlderThan(clock.instant().minus(retention));
        if (purged > 0) {
            LOG.infof("Purged %d audit events older than %s", purged, retention);
        }
    }

    /** Deletes the events from before {@code cutOff}; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long purgeOlderThan(Instant cutOff) {
        return AuditEvent.delete("at < ?1", cutOff);
    }

    /** The client's address as the HTTP layer sees it (behind a proxy, as forwarded when so configured). */
    static String addressOfThisRequest() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        SocketAddress remote =
                Arc.container().instance(HttpServerRequest.class).get().remoteAddress();
        return remote == null ? null : remote.hostAddress();
    }

    private static String shorten(String detail) {
        return detail.length() <= 200 ? detail : detail.substring(0, 199) + "…";
    }
}
