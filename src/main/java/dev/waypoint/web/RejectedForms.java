package dev.waypoint.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A form the CSRF check refused (an old tab, an expired cookie) gets a page that says what to do,
 * instead of an empty 400. The browser's Back button still has what the person typed.
 */
public class RejectedForms {

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance formExpired();
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400
                && !response.hasEntity()
                && "POST".equals(request.getMethod())
                && request.getHeaderString(Htmx.REQUEST_HEADER) == null) {
            response.setEntity(Templates.formExpired(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
