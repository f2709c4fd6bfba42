package dev.waypoint.tokens;

import dev.waypoint.web.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Each access token's calls are limited ({@link RequestAllowance}); past the limit, 429 and when to retry. */
public class ApiRequestLimits {

    @Inject
    SecurityIdentity identity;

    @Inject
    RequestAllowance allowance;

    @ServerRequestFilter
    public Optional<Response> limit(HttpServerRequest request) {
        Long token = identity.getAttribute(AccessTokenIdentities.TOKEN);
        if (token == null) {
            return Optional.empty();
        }
        Optional<Duration> wait = allowance.take(token);
        return wait.map(retryAfter -> {
            long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
            String detail = "This token made more than " + allowance.perMinute()
                    + " calls in the last minute. Try again in " + seconds + (seconds == 1 ? " second." : " seconds.");
            return Response.fromResponse(new Problem(429, detail, request.path()).response())
                    .header(HttpHeaders.RETRY_AFTER, seconds)
                    .build();
        });
    }
}
