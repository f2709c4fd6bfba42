package dev.waypoint.account;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Erasure;
import dev.waypoint.people.Person;
import dev.waypoint.people.SigningOut;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.Flash;
import dev.waypoint.web.Htmx;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

/** Leaving Waypoint, from "Your data": the account and everything in it deleted, every session ended. */
@Path("/export/delete-account")
@Authenticated
@Blocking
public class LeavingResource {

    private static final Logger LOG = Logger.getLogger(LeavingResource.class);

    @Inject
    CurrentPerson currentPerson;

    @Inject
    SigningOut signingOut;

    @Inject
    AuditLog audit;

    @Context
    UriInfo uri;

    /**
     * Deletes the account and everything that is the person's, once they have typed their name,
     * then ends their sessions on every device. A name that does not match changes nothing.
     */
    @POST
    public Response deleteAccount(@RestForm String confirmName) {
        Person person = QuarkusTransaction.requiringNew().call(currentPerson::get);
        if (!Erasure.confirms(confirmName, person.displayName)) {
            return refuse(
                    422,
                    person,
                    confirmName,
                    "Nothing was deleted: type your name exactly as it is shown, " + person.displayName + ".");
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Erasure.erase(Person.findById(person.id));
                audit.record(AuditKind.ACCOUNT_DELETED, null, null, null);
            });
        } catch (RuntimeException raced) {
            // Another tab or device wrote something of theirs meanwhile: all of it rolled back.
            LOG.warn("Deleting an account was rolled back", raced);
            return refuse(
                    409,
                    person,
                    confirmName,
                    "Something of yours changed while it was being deleted, so nothing was deleted. Please try again.");
        }
        LOG.infof("Account %d deleted by its owner", person.id);
        return signingOut.everywhere(uri.getBaseUri().resolve(Flash.confirming("/", Confirmation.ACCOUNT_DELETED)));
    }

    /** Your data again, with the form as typed and why nothing was deleted. */
    private static Response refuse(int status, Person person, String typed, String problem) {
        return Htmx.page(
                status,
                QuarkusTransaction.requiringNew()
                        .call(() -> ExportResource.Templates.page(
                                ExportResource.isEmpty(person.id),
                                List.of(),
                                new Leaving(person.displayName, typed == null ? "" : typed, problem),
                                Trail.of(person, null))));
    }
}
