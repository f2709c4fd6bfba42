package dev.waypoint.operations;

import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;

/**
 * Every request's metric is named by a route template or by one bucket, whatever path a client
 * makes up, so strangers cannot fill the registry's cap on route names (Quarkus would name an
 * error answered before any route matched by its raw path). Quarkus already counts unknown paths as
 * "NOT_FOUND" and redirects to sign-in as "REDIRECTION"; a refused sign-in (401 for a token client,
 * 499 for an expired htmx session) counts as "/UNAUTHORIZED", any other such error as "/UNMATCHED"
 * (Quarkus writes a slash before a name given here). A request that reached a route keeps its
 * template: Quarkus REST's takes precedence over the one given here.
 */
public class RequestBuckets {

    static final String UNAUTHORIZED = "UNAUTHORIZED";

    static final String UNMATCHED = "UNMATCHED";

    /** Ahead of sign-in, whose refusals end the response before later filters would run. */
    private static final int BEFORE_SIGN_IN = 1100;

    void register(@Observes Filters filters) {
        filters.register(this::nameErrorsBeforeRouting, BEFORE_SIGN_IN);
    }

    private void nameErrorsBeforeRouting(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            int status = context.response().getStatusCode();
            HttpRequestMetric metric = HttpRequestMetric.getRequestMetric(context);
            if (metric != null && status >= 400 && status != 404) {
                metric.setTemplatePath(status == 401 || status == 499 ? UNAUTHORIZED : UNMATCHED);
            }
        });
        context.next();
    }
}
