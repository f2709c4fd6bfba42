package dev.waypoint.web;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An htmx call on an expired session must not follow a redirect to the provider: OIDC answers
 * it with 499 and app.js reloads the page, so the browser signs in again.
 */
@ApplicationScoped
public class HtmxRequestChecker implements JavaScriptRequestChecker {

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        return Htmx.isHtmx(context.request());
    }
}
