package dev.waypoint.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

    /** One htmx response made of a target fragment followed by out-of-band fragments. */
    public static String concat(TemplateInstance... parts) {
        StringBuilder html = new StringBuilder();
        for (TemplateInstance part : parts) {
            html.append(part.render());
        }
        return html.toString();
    }

    static boolean isHtmx(HttpServerRequest request) {
        return "true".equalsIgnoreCase(request.getHeader(REQUEST_HEADER));
    }
}
