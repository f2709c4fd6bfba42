package dev.waypoint.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/** Answers whether htmx sent this request, so one URL can serve a page or its fragment. */
@RequestScoped
public class Htmx {

    public static final String REQUEST_HEADER = "HX-Request";

    @Inject
    HttpServerRequest request;

    public boolean isRequest() {
        return isHtmx(request);
    }

    /** The fragment for htmx, the full page otherwise. */
    public TemplateInstance pageOrFragment(Supplier<TemplateInstance> page, Supplier<TemplateInstance> fragment) {
        return isRequest() ? fragment.get() : page.get();
    }

    /**
     * One htmx answer made of a target fragment followed by out-of-band fragments, served as
     * HTML (a plain String entity would go out as text/plain).
     */
    public static Response fragments(int status, TemplateInstance... parts) {
        StringBuilder html = new StringBuilder();
        for (TemplateInstance part : parts) {
            html.append(part.render());
        }
        return html(status, html.toString());
    }

    /** The same for fragments rendered already. */
    public static Response html(int status, String rendered) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(rendered)
                .build();
    }

    static boolean isHtmx(HttpServerRequest request) {
        return "true".equalsIgnoreCase(request.getHeader(REQUEST_HEADER));
    }
}
