package dev.waypoint.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: in the log context of each line logged while it runs (a field of
 * the JSON logs), and in the X-Request-Id response header, so a person who reports a problem can
 * name the request. A proxy's id is kept when it is a plain token; anything else is replaced.
 */
public class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String LOG_KEY = "requestId";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** First of all filters, so sign-in and the security headers already log under the id. */
    static final int FIRST = SecurityHeaders.BEFORE_SECURITY + 100;

    void register(@Observes Filters filters) {
        filters.register(this::tag, FIRST);
    }

    private void tag(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : newId();
        MDC.put(LOG_KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }

    private static String newId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
