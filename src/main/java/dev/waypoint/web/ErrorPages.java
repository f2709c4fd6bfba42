package dev.waypoint.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
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
    public Response notFound(NotFoundException notFound, HttpServerRequest request) {
        return Problem.isApi(request.path())
                ? new Problem(404, "There is nothing here that this token may read.", request.path()).response()
                : html(Response.Status.NOT_FOUND.getStatusCode(), Templates.notFound());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException forbidden, HttpServerRequest request) {
        return answer(Response.Status.FORBIDDEN.getStatusCode(), request, Templates.forbidden());
    }

    @ServerExceptionMapper
    public Response other(WebApplicationException failure, HttpServerRequest request) {
        int status = failure.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", failure);
        }
        return answer(status, request, Templates.failed(status));
    }

    @ServerExceptionMapper
    public Response badParameter(BadParameter bad, HttpServerRequest request) {
        return Problem.isApi(request.path())
                ? new Problem(400, bad.getMessage(), request.uri()).response()
                : html(400, Templates.failed(400));
    }

    /** A form body in a character set nobody knows: the request is wrong, not the app. */
    @ServerExceptionMapper({UnsupportedCharsetException.class, IllegalCharsetNameException.class})
    public Response unknownCharset(IllegalArgumentException unknown, HttpServerRequest request) {
        return answer(400, request, Templates.failed(400));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception failure, HttpServerRequest request) {
        int status = unreadableForm(failure);
        if (status > 0) {
            return answer(status, request, Templates.failed(status));
        }
        LOG.error("Request failed", failure);
        return answer(500, request, Templates.failed(500));
    }

    /** The page for a browser; for the read API, problem details in the status's own words. */
    private static Response answer(int status, HttpServerRequest request, TemplateInstance page) {
        if (!Problem.isApi(request.path())) {
            return html(status, page);
        }
        String detail = switch (status) {
            case 405 -> "The read API only reads: every route answers GET.";
            case 406 -> "The read API answers in JSON only: accept application/json.";
            default -> null;
        };
        return new Problem(status, detail, request.path()).response();
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
