package dev.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.waypoint.apiclient.ApiClient;
import dev.waypoint.apiclient.ApiException;
import dev.waypoint.apiclient.api.GoalsApi;
import dev.waypoint.apiclient.model.Goal;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A client generated from docs/openapi.json by OpenAPI Generator (its Java "native" library, at
 * build time), used as a script author would: it reads a person's goals with their token.
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void aGeneratedClientReadsTheGoalListWithAToken() throws ApiException {
        Newcomer someone = Newcomer.signUp("generated-client");
        Fixtures.goal(someone.id(), null, "Give a conference talk", "Pick a topic", "Submit the proposal");
        String token = Fixtures.accessToken(someone.id());

        List<Goal> goals = goalsWith(token).listGoals(null);

        assertThat(goals).extracting(Goal::getTitle).containsExactly("Give a conference talk");
        assertThat(goals.get(0).getSteps()).hasSize(2);
        ApiException refused = catchThrowableOfType(
                ApiException.class, () -> goalsWith("wpt_unknown").listGoals(null));
        assertThat(refused.getCode()).isEqualTo(401);
    }

    private GoalsApi goalsWith(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new GoalsApi(client);
    }
}
