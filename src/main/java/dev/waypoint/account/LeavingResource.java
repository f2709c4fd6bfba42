package dev.waypoint.account;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Erasure;
import dev.waypoint.people.Person;
import dev.waypoint.sessions.SigningOut;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.Flash;
import dev.waypoint.web.NameConfirmation;
import dev.waypoint.web.Refusal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;

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
    public Response deleteAccount(@BeanParam NameConfirmation typed) {
        Person person = QuarkusTransaction.requiringNew().call(currentPerson::get);
        String refusal = "Nothing was deleted: type your name exactly as it is shown, " + person.displayName + ".";
        if (!typed.confirms(person.displayName, refusal)) {
            return refuse(Refusal.INVALID, person, typed);
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Erasure.erase(Person.findById(person.id));
                audit.record(AuditKind.ACCOUNT_DELETED, null, null, null);
            });
        } catch (RuntimeException raced) {
            // Another tab or device wrote something of theirs meanwhile: all of it rolled back.
            LOG.warn("Deleting an account was rolled back", raced);
            typed.reject(
                    NameConfirmation.FORM,
                    "Something of yours changed while it was being deleted, so nothing was deleted. Please try again.");
            return refuse(Refusal.CONFLICT, person, typed);
        }
        LOG.infof("Account %d deleted by its owner", person.id);
        return signingOut.everywhere(uri.getBaseUri().resolve(Flash.confirming("/", Confirmation.ACCOUNT_DELETED)));
    }

    /** Your data again, with the form as typed and why nothing was deleted. */
    private static Response refuse(Refusal why, Person person, NameConfirmation typed) {
        return Answer.refused(
                why,
                QuarkusTransaction.requiringNew()
                        .call(() -> ExportResource.pageOf(
                                person, List.of(), new Leaving(person.displayName, typed), null)));
    }
}
