package dev.waypoint.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The one way a change confirms itself: the redirect after a form names a {@link Confirmation} in
 * {@code ?done=}, and the layout shows its sentence in the page's status line ({@code #flash-line},
 * a live region). An htmx answer that stays on the page fills the same line out of band
 * ({@link #line}); {@link Answer} does either.
 */
@RequestScoped
@Named("flash")
public class Flash {

    public static final String PARAM = "done";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance line(Confirmation done);
    }

    @Inject
    HttpServerRequest request;

    /** The sentence to show, or null when this page load confirms nothing. */
    public String message() {
        return Confirmation.ofKey(request.getParam(PARAM))
                .map(Confirmation::message)
                .orElse(null);
    }

    /** The status line's new content, for an htmx answer: swapped into {@code #flash-line} out of band. */
    static TemplateInstance line(Confirmation done) {
        return Templates.line(done);
    }

    /** {@code path} with the confirmation added, before any #fragment. */
    public static String confirming(String path, Confirmation done) {
        int hash = path.indexOf('#');
        String page = hash < 0 ? path : path.substring(0, hash);
        String anchor = hash < 0 ? "" : path.substring(hash);
        String separator = page.contains("?") ? "&" : "?";
        return page + separator + PARAM + "=" + done.key() + anchor;
    }
}
