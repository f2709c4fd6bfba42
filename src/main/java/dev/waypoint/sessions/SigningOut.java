package dev.waypoint.sessions;

import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Ending sessions: this browser's, or every one of the account's on every device, on the server
 * first and then at the provider, which sends the browser back to {@code back}.
 */
@RequestScoped
public class SigningOut {

    @Inject
    OidcSession session;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    OidcConfigurationMetadata provider;

    @Inject
    WebSessions sessions;

    /** This browser's session ends, here and at the provider. */
    public Response thisSession(URI back) {
        String hint = idToken.getRawToken();
        // Clears the cookie; the session store records it as ended first.
        session.logout().await().indefinitely();
        String endSession = provider.getEndSessionUri();
        if (endSession == null) {
            return Response.seeOther(back).build();
        }
        URI providerLogout = UriBuilder.fromUri(endSession)
                .queryParam("id_token_hint", hint)
                .queryParam("post_logout_redirect_uri", back.toString())
                .build();
        return Response.seeOther(providerLogout).build();
    }

    /** Every session of this account ends, on every device, this one included. */
    public Response everywhere(URI back) {
        WebSessions.Owner me = RevocableSessions.ownerOf(idToken.getRawToken());
        sessions.endAll(me.issuer(), me.subject());
        return thisSession(back);
    }
}
