package dev.waypoint.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** A token's calls are limited: a minute's worth goes through, then 429 with when to come back. */
@QuarkusTest
class RequestLimitTest {

    /** waypoint.api.calls-per-minute's default. */
    private static final int PER_MINUTE = 120;

    @Test
    void aLoopIsToldToWaitAndOtherTokensAreNotSlowed() {
        Newcomer me = Newcomer.signUp("busy-script");
        String busy = Fixtures.accessToken(me.id());
        String other = Fixtures.accessToken(me.id());

        for (int call = 1; call <= PER_MINUTE; call++) {
            assertThat(Fixtures.api(busy).get("/api/v1/me").statusCode())
                    .as("call %d", call)
                    .isEqualTo(200);
        }
        // The bucket refills at two calls a second, so a few more may go through before it runs dry.
        Response refused = null;
        for (int call = 0; call < 50 && refused == null; call++) {
            Response response = Fixtures.api(busy).get("/api/v1/me");
            if (response.statusCode() != 200) {
                refused = response;
            }
        }

        assertThat(refused).as("a refusal within 50 more calls").isNotNull();
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains("more than 120 calls in the last minute");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(Fixtures.api(other).get("/api/v1/me").statusCode()).isEqualTo(200);
    }
}
