package dev.waypoint.tokens;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A read-API call's "Authorization: Bearer" token, on its way to {@link AccessTokenIdentities}. */
public class AccessTokenRequest extends BaseAuthenticationRequest {

    final String token;

    AccessTokenRequest(String token) {
        this.token = token;
    }
}
