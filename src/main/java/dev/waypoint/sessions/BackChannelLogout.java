package dev.waypoint.sessions;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwt.consumer.Validator;

/**
 * The provider's back-channel logout (OpenID Connect Back-Channel Logout 1.0): Quarkus checks the
 * logout token's signature and then runs this on its claims, which records the provider's session
 * id as ended for every instance. Other tokens pass through untouched.
 */
@ApplicationScoped
@Unremovable // Quarkus looks validators up by type at run time; nothing injects this one.
public class BackChannelLogout implements Validator {

    static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";

    @Inject
    WebSessions sessions;

    @Override
    public String validate(JwtContext token) throws MalformedClaimException {
        Object events = token.getJwtClaims().getClaimValue("events");
        if (!(events instanceof Map<?, ?> map) || !map.containsKey(EVENT)) {
            return null;
        }
        String sid = token.getJwtClaims().getStringClaimValue("sid");
        if (sid == null) {
            return "A back-channel logout token must name the session (sid)";
        }
        // A rare call from the provider, one indexed insert: done at once so no request slips by.
        sessions.endProviderSession(sid);
        return null;
    }
}
