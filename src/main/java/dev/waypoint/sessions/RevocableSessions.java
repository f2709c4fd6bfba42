package dev.waypoint.sessions;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.runtime.DefaultTokenStateManager;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The session cookie as Quarkus keeps it (a subclass, so Quarkus treats the cookie exactly as its
 * own and hands over the tokens as they are), plus a record of each session in the database: signing
 * out ends the session there, so a copy of its cookie stops working on every instance. A session
 * that has ended gets the usual sign-in challenge.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RevocableSessions extends DefaultTokenStateManager {

    @Inject
    WebSessions sessions;

    @Inject
    SignIns signIns;

    @Override
    public Uni<String> createTokenState(
            RoutingContext context,
            OidcTenantConfig config,
            AuthorizationCodeTokens tokens,
            OidcRequestContext<String> request) {
        return super.createTokenState(context, config, tokens, request)
                .chain(cookie -> request.runBlocking(() -> {
                    Long personId = signIns.signedIn(claims(tokens.getIdToken()), addressOf(context));
                    sessions.started(WebSessions.hash(cookie), ownerOf(tokens.getIdToken()), personId);
                    return cookie;
                }));
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(
            RoutingContext context,
            OidcTenantConfig config,
            String tokenState,
            OidcRequestContext<AuthorizationCodeTokens> request) {
        return super.getTokens(context, config, tokenState, request)
                .chain(tokens -> request.runBlocking(() -> {
                    switch (sessions.stateOf(WebSessions.hash(tokenState))) {
                        case ENDED -> throw new AuthenticationFailedException("This session has ended");
                        case DEACTIVATED -> context.put(DeactivatedAccounts.MARK, true);
                        case ACTIVE -> {}
                    }
                    return tokens;
                }));
    }

    @Override
    public Uni<Void> deleteTokens(
            RoutingContext context, OidcTenantConfig config, String tokenState, OidcRequestContext<Void> request) {
        return request.runBlocking(() -> {
                    sessions.end(WebSessions.hash(tokenState));
                    return null;
                })
                .chain(() -> super.deleteTokens(context, config, tokenState, request));
    }

    private static String addressOf(RoutingContext context) {
        return context.request().remoteAddress() == null
                ? null
                : context.request().remoteAddress().hostAddress();
    }

    /** Who the session belongs to, from its ID token (verified at sign-in). */
    public static WebSessions.Owner ownerOf(String idToken) {
        JsonObject claims = claims(idToken);
        Long expires = claims.getLong("exp");
        return new WebSessions.Owner(
                String.valueOf(claims.getString("iss")),
                String.valueOf(claims.getString("sub")),
                claims.getString("sid"),
                expires == null ? Instant.EPOCH : Instant.ofEpochSecond(expires));
    }

    /** The claims of a signed JWT (three parts); nothing for anything else. */
    static JsonObject claims(String jwt) {
        String[] parts = jwt == null ? new String[0] : jwt.split("\\.");
        if (parts.length != 3) {
            return new JsonObject();
        }
        try {
            return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (RuntimeException notJson) {
            return new JsonObject();
        }
    }
}
