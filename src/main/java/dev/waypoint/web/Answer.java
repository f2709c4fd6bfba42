package dev.waypoint.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The one answer to a write (docs/architecture.md, "Answers to a write"; example:
 * {@code goals/MeasureResource}). A change that worked is a 303 to where the person goes next,
 * confirming it there; a change htmx makes in place gets the changed fragments and the
 * confirmation out of band instead. A refused change answers with its {@link Refusal}'s status and
 * the form as typed: the whole page, or for htmx the fragments. Reads answer a page, or for htmx
 * its fragment. Nothing outside {@code web} asks whether htmx sent a request.
 */
@RequestScoped
public class Answer {

    @Inject
    HttpServerRequest request;

    /** A page and the parts of it a change updates: the swap target first, then out-of-band pieces. */
    public record Views(TemplateInstance page, TemplateInstance... fragments) {

        /** Fragments only, for a change htmx makes in place that has no refusal to show as a page. */
        public static Views ofFragments(TemplateInstance... fragments) {
            return new Views(null, fragments);
        }
    }

    /**
     * Worked: a 303 to {@code path} (which may end in a #fragment) that says {@code done} there.
     * htmx follows it and swaps what its form selects.
     */
    public static Response seeOther(String path, Confirmation done) {
        return Response.seeOther(URI.create(Flash.confirming(path, done))).build();
    }

    /**
     * Worked, and htmx stays on the page: it gets the fragments of {@code views} and {@code done}
     * in the status line out of band; without JavaScript, a 303 to {@code path} that says {@code
     * done}. The views are only loaded for htmx.
     */
    public Response doneInPlace(String path, Confirmation done, Supplier<Views> views) {
        if (!Htmx.isHtmx(request)) {
            return seeOther(path, done);
        }
        TemplateInstance[] parts = views.get().fragments();
        TemplateInstance[] all = Arrays.copyOf(parts, parts.length + 1);
        all[parts.length] = Flash.line(done);
        return fragments(200, all);
    }

    /**
     * Worked, and htmx stays on the page without a word in the status line (an autosave says so
     * in its own fragment); without JavaScript, a 303 to {@code path} that says {@code done}.
     */
    public Response doneQuietlyInPlace(String path, Confirmation done, Supplier<TemplateInstance> fragment) {
        return Htmx.isHtmx(request) ? fragments(200, fragment.get()) : seeOther(path, done);
    }

    /** Refused: the whole page again, saying why and keeping what was typed. */
    public static Response refused(Refusal why, TemplateInstance page) {
        return Htmx.page(why.status(), page);
    }

    /** Refused where htmx stays on the page: it gets the fragments of {@code views}; without JavaScript the page. */
    public Response refusedInPlace(Refusal why, Supplier<Views> views) {
        Views loaded = views.get();
        return Htmx.isHtmx(request) ? fragments(why.status(), loaded.fragments()) : refused(why, loaded.page());
    }

    /**
     * A page as the answer: a read that may also answer otherwise, or a write whose answer only
     * this response can show (a new access token, a one-time invitation link), which a redirect
     * would lose.
     */
    public static Response page(TemplateInstance page) {
        return Htmx.page(200, page);
    }

    /** A page that says what the link or id did not lead to, with 404. */
    public static Response notFound(TemplateInstance page) {
        return Htmx.page(404, page);
    }

    /** The page for someone who may not go on at all (a deactivated account), with 403. */
    public static Response forbidden(TemplateInstance page) {
        return Htmx.page(403, page);
    }

    /** A read: the page, or for htmx only its {@code fragment}. */
    public TemplateInstance pageOrFragment(Supplier<TemplateInstance> page, Supplier<TemplateInstance> fragment) {
        return Htmx.isHtmx(request) ? fragment.get() : page.get();
    }

    /**
     * A read that htmx repeats to keep a page fresh: 204 when nothing it shows has changed,
     * otherwise the fragments; the page for a browser.
     */
    public Response refreshed(boolean unchanged, Supplier<Views> views) {
        if (!Htmx.isHtmx(request)) {
            return Htmx.page(200, views.get().page());
        }
        return unchanged
                ? Response.noContent().build()
                : fragments(200, views.get().fragments());
    }

    private static Response fragments(int status, TemplateInstance... parts) {
        StringBuilder html = new StringBuilder();
        for (TemplateInstance part : parts) {
            html.append(part.render());
        }
        return Htmx.html(status, html.toString());
    }
}
