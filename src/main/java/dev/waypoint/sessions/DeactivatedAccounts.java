package dev.waypoint.sessions;

import dev.waypoint.web.Answer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A deactivated person who still signs in at the provider gets this page and nothing else: no page,
 * fragment or form of Waypoint answers them, except signing out. Their session was marked by
 * {@link RevocableSessions} from the same lookup that checks it on every request.
 */
public class DeactivatedAccounts {

    static final String MARK = "waypoint.deactivated";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page();
    }

    @ServerRequestFilter
    public Optional<Response> refuse(RoutingContext context) {
        if (context.get(MARK) == null || context.normalizedPath().startsWith("/sign-out")) {
            return Optional.empty();
        }
        return Optional.of(Answer.forbidden(Templates.page()));
    }
}
