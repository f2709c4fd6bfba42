package dev.waypoint.tokens;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Who a read-API token belongs to: the person who made it, while it is neither revoked nor expired
 * and the person is not deactivated. Anything else is refused, with the reason kept for the 401.
 */
@ApplicationScoped
public class AccessTokenIdentities implements IdentityProvider<AccessTokenRequest> {

    /** The identity's attribute holding the token's id (requests are limited per token). */
    public static final String TOKEN = "waypoint.access-token";

    @Inject
    Clock clock;

    @Override
    public Class<AccessTokenRequest> getRequestType() {
        return AccessTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(AccessTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> identify(request)));
    }

    private SecurityIdentity identify(AccessTokenRequest request) {
        Instant now = clock.instant();
        AccessToken token = AccessToken.presented(request.token)
                .orElseThrow(() -> refused(
                        request,
                        "This token is not known here: it was revoked, or mistyped. Make a new one on your profile."));
        if (token.isExpired(now)) {
            throw refused(request, "This token expired on " + token.expiresAt + ". Make a new one on your profile.");
        }
        Person person = Person.findById(token.personId);
        if (!person.active) {
            throw refused(request, "The account this token belongs to is deactivated.");
        }
        token.usedAt(now);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(person.id.toString()))
                .addAttribute(CurrentPerson.TOKEN_OWNER, person.id)
                .addAttribute(TOKEN, token.id)
                .build();
    }

    private static AuthenticationFailedException refused(AccessTokenRequest request, String why) {
        AccessTokenAuthentication.refuse(HttpSecurityUtils.getRoutingContextAttribute(request), why);
        return new AuthenticationFailedException(why);
    }
}
