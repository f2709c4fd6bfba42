package dev.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a script gets when it asks the read API for something wrong: problem details, never a page. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void badParametersSayWhatFits() {
        Newcomer me = Newcomer.signUp("bad-parameters");
        String token = Fixtures.accessToken(me.id());
        Long team = Fixtures.team("Parameters", me.id());
        Map<String, String> calls = Map.of(
                "/api/v1/check-ins?weeks=abc",
                "\"weeks\" must be a whole number from 1 to 520.",
                "/api/v1/consistency?weeks=0",
                "\"weeks\" must be a whole number from 1 to 520.",
                "/api/v1/consistency?weeks=99999999999",
                "\"weeks\" must be a whole number from 1 to 520.",
                "/api/v1/milestones?page=-1",
                "\"page\" must be a whole number",
                "/api/v1/goals?status=finished",
                "\"status\" must be one of ACTIVE, PAUSED, ACHIEVED or DROPPED.",
                "/api/v1/teams/" + team + "/board?column=done",
                "\"column\" must be one of not-started",
                "/api/v1/teams/" + team + "/board?category=%3Cscript%3E",
                "\"category\" must be one of",
                "/api/v1/teams/" + team + "/board?member=someone",
                "\"member\" must be a person's id");
        calls.forEach((path, detail) -> Fixtures.api(token)
                .urlEncodingEnabled(false)
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Bad Request"))
                .body("status", equalTo(400))
                .body("detail", containsString(detail)));
    }

    @Test
    void unknownRoutesAndIdsAre404AndWritesAre405() {
        String token = Fixtures.accessToken(Newcomer.signUp("wrong-routes").id());
        for (String path :
                new String[] {"/api/v1/nothing-here", "/api/v2/me", "/api/v1/goals/99999999", "/api/v1/goals/x"}) {
            Response response = Fixtures.api(token).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.jsonPath().getInt("status")).as(path).isEqualTo(404);
            assertThat(response.asString()).as(path).doesNotContain("<html", "Exception");
        }
        Fixtures.api(token)
                .body("{}")
                .contentType("application/json")
                .post("/api/v1/goals")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("detail", containsString("only reads"));
        Fixtures.api(token).delete("/api/v1/me").then().statusCode(405).contentType("application/problem+json");
    }

    /** The two answers the HTTP server gives before Waypoint sees the request are the ones api.md names. */
    @Test
    void anOverlongRequestLineOrHeaderGetsTheStatusTheApiDocumentNames() throws java.io.IOException {
        String token = Fixtures.accessToken(Newcomer.signUp("long-requests").id());
        // Just past each limit: the server reads the whole request before it answers, so the client
        // is never cut off while still sending (a far longer request ends in a broken pipe instead).
        Response longLine = Fixtures.api(token).get("/api/v1/goals?x=" + "a".repeat(4_200));
        Response longHeader =
                Fixtures.api(token).header("X-Padding", "a".repeat(20_700)).get("/api/v1/me");

        assertThat(longLine.statusCode()).isEqualTo(414);
        assertThat(longHeader.statusCode()).isEqualTo(431);
        String errors = java.nio.file.Files.readString(java.nio.file.Path.of("docs/api.md"));
        assertThat(errors)
                .contains("| 414 | a request line (method, path and query) longer than 4 KB |")
                .contains("| 431 | request headers longer than 20 KB in all |");
    }

    @Test
    void aBrowserGetsJsonAndAClientWantingOnlyHtmlIsToldSo() {
        String token = Fixtures.accessToken(Newcomer.signUp("asks-html").id());
        Fixtures.api(token)
                .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .contentType("application/json");
        Fixtures.api(token)
                .accept("text/html")
                .get("/api/v1/me")
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("detail", containsString("JSON"));
    }
}
