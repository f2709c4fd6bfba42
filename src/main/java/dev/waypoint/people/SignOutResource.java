package dev.waypoint.people;

import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Signing out: only by a form POST with the CSRF token (so no other site can sign anyone out),
 * ending the session on the server before the provider is asked to end its own.
 */
@Path("/sign-out")
@Authenticated
@Blocking
public class SignOutResource {

    @Inject
    OidcSession session;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    OidcConfigurationMetadata provider;

    @Inject
    WebSessions sessions;

    @Context
    UriInfo uri;

    /** This browser's session ends, here and at the provider. */
    @POST
    public Response signOut() {
        return endThisSession();
    }

    /** Every session of this account ends, on every device, this one included. */
    @POST
    @Path("everywhere")
    public Response everywhere() {
        WebSessions.Owner me = RevocableSessions.ownerOf(idToken.getRawToken());
        sessions.endAll(me.issuer(), me.subject());
        return endThisSession();
    }

    private Response endThisSession() {
        String hint = idToken.getRawToken();
        // Clears the cookie; the session store records it as ended first.
        session.logout().await().indefinitely();
        String endSession = provider.getEndSessionUri();
        if (endSession == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        URI providerLogout = UriBuilder.fromUri(endSession)
                .queryParam("id_token_hint", hint)
                .queryParam("post_logout_redirect_uri", uri.getBaseUri().toString())
                .build();
        return Response.seeOther(providerLogout).build();
    }
}
