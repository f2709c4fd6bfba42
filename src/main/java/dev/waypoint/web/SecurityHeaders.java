package dev.waypoint.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.util.List;

/** Security headers on every response, error pages and redirects included. */
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'");

    /** Public assets may be cached; everything else may hold private data. */
    private static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/", "/assets/");

    /**
     * Token clients and calendar apps get no cookie: the form token is for pages in a browser, and
     * the CSRF filter would otherwise hand one to every GET it serves.
     */
    private static final List<String> MACHINE_PREFIXES = List.of("/api/", "/calendar/");

    private static final String FORM_TOKEN_COOKIE = "csrf-token";

    /** An asset asked for by its content ({@link Assets}) never changes under that URL. */
    private static final String FOREVER = "public, max-age=31536000, immutable";

    /**
     * Registered ahead of sign-in (200) and the permission check (100): their redirects to the
     * provider and their 401/499 answers end the response before later filters would run.
     */
    static final int BEFORE_SECURITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, BEFORE_SECURITY);
    }

    private void addHeaders(RoutingContext context) {
        String path = context.normalizedPath();
        context.addHeadersEndHandler(ignored -> {
            HttpServerResponse response = context.response();
            if (MACHINE_PREFIXES.stream().anyMatch(path::startsWith)) {
                response.removeCookie(FORM_TOKEN_COOKIE, false);
            }
            response.putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.putHeader("X-Content-Type-Options", "nosniff");
            response.putHeader("Referrer-Policy", "same-origin");
            response.putHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            if (STATIC_PREFIXES.stream().noneMatch(path::startsWith)) {
                response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                response.putHeader(HttpHeaders.VARY, Htmx.REQUEST_HEADER);
            } else if (context.queryParams().contains(Assets.VERSION) && response.getStatusCode() == 200) {
                response.putHeader(HttpHeaders.CACHE_CONTROL, FOREVER);
            } else {
                // Asked for without its version, an asset may change with the next release.
                response.putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            }
        });
        context.next();
    }
}
