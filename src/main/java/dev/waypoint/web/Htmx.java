package dev.waypoint.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Whether htmx sent a request, and HTML answers; only {@link Answer} and the plumbing here ask. */
final class Htmx {

    static final String REQUEST_HEADER = "HX-Request";

    private Htmx() {}

    static boolean isHtmx(HttpServerRequest request) {
        return "true".equalsIgnoreCase(request.getHeader(REQUEST_HEADER));
    }

    /**
     * A whole page with its status, rendered here, inside the caller's transaction, so the page
     * reads what it needs while the data is at hand.
     */
    static Response page(int status, TemplateInstance page) {
        return html(status, page.render());
    }

    /** HTML rendered already, as {@code text/html;charset=UTF-8} (a plain String would go out as text/plain). */
    static Response html(int status, String rendered) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(rendered)
                .build();
    }
}
