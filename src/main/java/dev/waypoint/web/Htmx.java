package dev.waypoint.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
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

    /** A page and the parts of it a change updates: the swap target first, then out-of-band pieces. */
    public record Views(TemplateInstance page, TemplateInstance... fragments) {}

    /**
     * The one answer to a change made on a page. htmx gets the changed fragments with
     * {@code status}. Without JavaScript, a change that worked (2xx) is a 303 to {@code seeOther};
     * a refused one gets the whole page again with {@code status}, saying why and keeping what was
     * typed. {@code views} is only loaded when something is rendered. A change that worked says so
     * with {@code done} (null: nothing to say): in the status line out of band for htmx, through the
     * redirect otherwise.
     */
    public Response answer(int status, String seeOther, Confirmation done, Supplier<Views> views) {
        boolean worked = status < 300;
        if (isRequest()) {
            TemplateInstance[] parts = views.get().fragments();
            return worked && done != null ? confirmed(status, done, parts) : fragments(status, parts);
        }
        if (worked) {
            return done == null ? Response.seeOther(URI.create(seeOther)).build() : Flash.seeOther(seeOther, done);
        }
        return page(status, views.get().page());
    }

    /** An htmx answer of {@code parts} that also puts {@code done} in the page's status line. */
    public static Response confirmed(int status, Confirmation done, TemplateInstance... parts) {
        TemplateInstance[] all = Arrays.copyOf(parts, parts.length + 1);
        all[parts.length] = Flash.line(done);
        return fragments(status, all);
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

    /** A whole page with a status other than 200 (a refused form, a conflict), as HTML. */
    public static Response page(int status, TemplateInstance page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page)
                .build();
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
