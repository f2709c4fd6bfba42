package dev.waypoint.notifications;

import dev.waypoint.web.Answer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * The link at the foot of every e-mail, without signing in. Opening it shows what it stops and a
 * button; the button, and a mail app's one-click request (RFC 8058: a POST with
 * {@code List-Unsubscribe=One-Click}), stop that one kind of e-mail for that one person. The POST
 * is answered below the REST layer: a mail app has no form token, and the secret in the link is
 * what proves the request.
 */
@Path("/unsubscribe/{secret}")
@PermitAll
@Blocking
public class UnsubscribeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String secret, Topic topic, boolean stopped);

        static native TemplateInstance unknown();
    }

    @Inject
    Unsubscribing unsubscribing;

    @GET
    @Transactional
    public Response show(@PathParam("secret") String secret, @QueryParam("stopped") boolean stopped) {
        return unsubscribing
                .find(secret)
                .map(stop -> Answer.page(Templates.page(secret, stop.topic(), stopped)))
                .orElseGet(() -> Answer.notFound(Templates.unknown()));
    }

    /** The POST, for the page's button and for mail apps alike. */
    void routes(@Observes Router router) {
        router.post("/unsubscribe/:secret").handler(BodyHandler.create(false).setBodyLimit(1024));
        router.post("/unsubscribe/:secret").blockingHandler(context -> {
            String secret = context.pathParam("secret");
            Optional<Unsubscribing.Stop> stopped =
                    QuarkusTransaction.requiringNew().call(() -> unsubscribing.stop(secret));
            if (stopped.isEmpty()) {
                context.response().setStatusCode(404).end();
            } else if ("One-Click".equals(context.request().getFormAttribute("List-Unsubscribe"))) {
                context.response().setStatusCode(200).end();
            } else {
                context.response()
                        .setStatusCode(303)
                        .putHeader("Location", "/unsubscribe/" + secret + "?stopped=true")
                        .end();
            }
        });
    }
}
