package dev.waypoint.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

    @ServerExceptionMapper
    public Response unexpected(Exception failure) {
        LOG.error("Request failed", failure);
        return html(500, Templates.failed(500));
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page)
                .build();
    }
}
