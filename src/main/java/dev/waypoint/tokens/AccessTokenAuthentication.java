package dev.waypoint.tokens;

import dev.waypoint.web.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Sign-in for the read API: a personal access token sent as "Authorization: Bearer", on the API's
 * paths only (pages sign in through the provider, and a token opens no page). A call without a
 * usable token gets 401 as problem details, never the provider's sign-in page.
 */
@ApplicationScoped
public class AccessTokenAuthentication implements HttpAuthenticationMechanism {

    /** The name application.properties gives this mechanism for the API's paths. */
    static final String SCHEME = "access-token";

    private static final String BEARER = "Bearer ";

    private static final String REFUSED = "waypoint.access-token.refused";

    private static final String NO_TOKEN = "This call needs a personal access token, sent as \"Authorization: Bearer"
            + " <token>\". Make one on your profile.";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (!Problem.isApi(context.normalizedPath()) || header == null) {
            return Uni.createFrom().nullItem();
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            refuse(context, NO_TOKEN);
            return Uni.createFrom().failure(new AuthenticationFailedException("Not a bearer token"));
        }
        AccessTokenRequest request =
                new AccessTokenRequest(header.substring(BEARER.length()).strip());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"Waypoint API\""));
    }

    /** The 401 with problem details saying why, and what to do. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        String why = context.get(REFUSED);
        Problem problem = new Problem(401, why == null ? NO_TOKEN : why, context.normalizedPath());
        return Uni.createFrom()
                .completionStage(context.response()
                        .setStatusCode(401)
                        .putHeader("WWW-Authenticate", "Bearer realm=\"Waypoint API\"")
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(problem.toJson())
                        .toCompletionStage())
                .replaceWith(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(AccessTokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }

    static void refuse(RoutingContext context, String why) {
        if (context != null) {
            context.put(REFUSED, why);
        }
    }
}
