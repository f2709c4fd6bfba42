package dev.waypoint.sessions;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.notifications.Notice;
import dev.waypoint.notifications.Notices;
import dev.waypoint.people.CurrentPerson;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Signing out: only by a form POST with the CSRF token (so no other site can sign anyone out),
 * ending the session on the server before the provider is asked to end its own.
 */
@Path("/sign-out")
@Authenticated
@Blocking
public class SignOutResource {

    @Inject
    Notices notices;

    @Inject
    SigningOut signingOut;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    AuditLog audit;

    @Context
    UriInfo uri;

    /** This browser's session ends, here and at the provider. */
    @POST
    public Response signOut() {
        recorded(AuditKind.SIGNED_OUT);
        return signingOut.thisSession(uri.getBaseUri());
    }

    /** Every session of this account ends, on every device, this one included. */
    @POST
    @Path("everywhere")
    public Response everywhere() {
        QuarkusTransaction.requiringNew().run(() -> {
            audit.record(AuditKind.SIGNED_OUT_EVERYWHERE, currentPerson.id(), null, null);
            notices.tell(
                    currentPerson.id(),
                    Notice.Kind.SIGNED_OUT_EVERYWHERE,
                    currentPerson.id(),
                    Notice.Subject.ACCOUNT,
                    null);
        });
        return signingOut.everywhere(uri.getBaseUri());
    }

    private void recorded(AuditKind kind) {
        QuarkusTransaction.requiringNew().run(() -> audit.record(kind, currentPerson.id(), null, null));
    }
}
