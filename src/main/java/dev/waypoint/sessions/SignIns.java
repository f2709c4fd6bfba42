package dev.waypoint.sessions;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.operations.Activity;
import dev.waypoint.people.Accounts;
import dev.waypoint.people.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** A sign-in through the provider: the person found or created, the time kept, the event recorded. */
@ApplicationScoped
public class SignIns {

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Activity activity;

    /** Returns the id of the person who signed in with these ID-token claims. */
    Long signedIn(JsonObject idTokenClaims, String address) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = accounts.findOrCreate(Accounts.Claims.of(idTokenClaims));
            if (person.active) {
                person.lastSignInAt = clock.instant();
                audit.record(AuditKind.SIGNED_IN, person.id, null, null, address);
                activity.signedIn();
            } else {
                // The provider let them in; Waypoint shows them only that their account is deactivated.
                audit.record(AuditKind.SIGN_IN_REFUSED, person.id, null, null, address);
            }
            return person.id;
        });
    }
}
