package dev.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The read API's OpenAPI description: public, of the API only, with its token scheme and examples. */
@QuarkusTest
class OpenApiDocumentTest {

    /**
     * docs/openapi.json is what client generators and the linter in .ci/run read: it must be the
     * document the app serves. After a change to the API, copy target/openapi.json over it.
     */
    @Test
    void theCommittedDocumentIsTheOneServed() throws IOException {
        String served = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), served);

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(Path.of("docs/openapi.json").toFile()))
                .as("docs/openapi.json is out of date: copy target/openapi.json over it")
                .isEqualTo(json.readTree(served));
    }

    @Test
    void theDocumentListsEveryApiRouteAndNothingElse() {
        JsonPath document = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, Object> paths = document.getMap("paths");
        assertThat(paths.keySet())
                .containsExactlyInAnyOrder(
                        "/api/v1/me",
                        "/api/v1/north-stars",
                        "/api/v1/goals",
                        "/api/v1/goals/{goal}",
                        "/api/v1/check-ins",
                        "/api/v1/consistency",
                        "/api/v1/milestones",
                        "/api/v1/mentees",
                        "/api/v1/mentees/{mentee}",
                        "/api/v1/mentorships/{mentorship}/sessions",
                        "/api/v1/teams",
                        "/api/v1/teams/{team}/board",
                        "/api/v1/search");
        assertThat(document.getString("info.title")).isEqualTo("Waypoint read API");
        assertThat(document.getString("components.securitySchemes.accessToken.scheme"))
                .isEqualTo("bearer");
        assertThat(document.getList("paths.'/api/v1/goals'.get.security.accessToken"))
                .as("every route asks for the token")
                .isNotNull();
        assertThat(document.getString("components.schemas.Goal.properties.title.examples[0]"))
                .isEqualTo("Give a conference talk");
        assertThat(document.getInt("components.schemas.Consistency.properties.checkedIn.examples[0]"))
                .isEqualTo(8);
        assertThat(document.getMap("components.schemas").keySet())
                .as("only the API's own types")
                .contains("Goal", "Board", "Milestone", "Problem")
                .doesNotContain("Template", "TemplateInstance", "Charset");
        assertThat(document.getMap("paths.'/api/v1/goals/{goal}'.get.responses").keySet())
                .contains("200", "401", "404", "429")
                .doesNotContain("403");
        assertThat(
                        document.getString(
                                "paths.'/api/v1/consistency'.get.responses.'400'.content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
    }
}
