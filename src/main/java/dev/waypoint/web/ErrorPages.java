package dev.waypoint.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Friendly HTML error pages; details go to the log, never to the page. */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance notFound();

        static native TemplateInstance forbidden();

        static native TemplateInstance failed(int status);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException notFound) {
        return html(Response.Status.NOT_FOUND.getStatusCode(), Templates.notFound());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException forbidden) {
        return html(Response.Status.FORBIDDEN.getStatusCode(), Templates.forbidden());
    }

    @ServerExceptionMapper
    public Response other(WebApplicationException failure) {
        int status = failure.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", failure);
        }
        return html(status, Templates.failed(status));
    }

    /** A form body in a character set nobody knows: the request is wrong, not the app. */
    @ServerExceptionMapper({UnsupportedCharsetException.class, IllegalCharsetNameException.class})
    public Response unknownCharset(IllegalArgumentException unknown) {
        return html(400, Templates.failed(400));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception failure) {
        int status = unreadableForm(failure);
        if (status > 0) {
            return html(status, Templates.failed(status));
        }
        LOG.error("Request failed", failure);
        return html(500, Templates.failed(500));
    }

    /**
     * The form parser says "too many fields" and "bad escape" with plain runtime exceptions and
     * these messages only (its field limit is fixed at 1,000); 413 or 400 for those, else 0.
     */
    static int unreadableForm(Exception failure) {
        String message = String.valueOf(failure.getMessage());
        if (failure.getClass() == RuntimeException.class && message.startsWith("Param limit of")) {
            return 413;
        }
        if (failure instanceof IllegalArgumentException && message.startsWith("Failed to decode")) {
            return 400;
        }
        return 0;
    }

    /** Rendered here: a template entity would set its own content type, without the charset. */
    private static Response html(int status, TemplateInstance page) {
        return Htmx.html(status, page.render());
    }
}
