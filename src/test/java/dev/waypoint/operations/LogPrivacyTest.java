package dev.waypoint.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkins.Week;
import dev.waypoint.goals.Goal;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * With the root logger at TRACE and the logs in JSON, people's words, their tokens, their
 * cookies and their calendar feed's secret still never reach a log line, and the lines of a request
 * carry its id.
 */
@QuarkusTest
@TestProfile(LogPrivacyTest.EverythingLogged.class)
class LogPrivacyTest {

    static final Path LOG = Path.of("target", "log-privacy", "waypoint.log");

    public static class EverythingLogged implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("quarkus.log.min-level", "TRACE"),
                    Map.entry("quarkus.log.level", "TRACE"),
                    // REST Assured's own HTTP client, in this JVM: the test's side, not Waypoint's.
                    Map.entry("quarkus.log.category.\"org.apache.http\".level", "INFO"),
                    Map.entry("quarkus.log.console.level", "WARN"),
                    Map.entry("quarkus.log.file.enabled", "true"),
                    Map.entry("quarkus.log.file.path", LOG.toString()),
                    Map.entry("quarkus.log.file.level", "TRACE"),
                    Map.entry("quarkus.log.file.json.enabled", "true"),
                    Map.entry("quarkus.log.file.rotation.max-file-size", "2G"));
        }
    }

    /** A JSON Web Token or an encrypted one: a header that starts with {"alg":, then a second part. */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}");

    /** The lines that hold {@code text}, shortened: a failure names the logger without flooding. */
    private static List<String> linesWith(List<String> lines, String text) {
        return shortened(lines.stream().filter(line -> line.contains(text)));
    }

    private static List<String> shortened(java.util.stream.Stream<String> lines) {
        return lines.map(line -> line.substring(0, Math.min(line.length(), 400)))
                .limit(20)
                .toList();
    }

    @Test
    void wordsTokensAndCookiesStayOutOfTheLogs() throws IOException {
        String secret = UUID.randomUUID().toString().substring(0, 8);
        String goalTitle = "Goal-words-" + secret;
        String wins = "Check-in-words-" + secret;
        String comment = "Comment-words-" + secret;
        Newcomer mentee = Newcomer.signUp("private");
        Newcomer mentor = Newcomer.signUp("discreet");
        Response created = mentee.session()
                .form("/goals/new")
                .formParams(Map.of("title", goalTitle, "category", "TECHNICAL", "steps", "Step-words-" + secret))
                .post("/goals");
        assertThat(created.statusCode()).isEqualTo(303);
        String requestId = created.header("X-Request-Id");
        Long goal = Long.valueOf(created.header("Location").replaceAll(".*/goals/(\\d+).*", "$1"));
        Fixtures.mentorship(mentor.id(), mentee.id(), false);
        Fixtures.share(Goal.class, goal);
        String week = Week.current(Clock.systemUTC(), ZoneOffset.UTC).id();
        mentee.session()
                .form("/check-ins/" + week)
                .formParams(Map.of("wins", wins, "roadblocks", "Roadblock-words-" + secret, "confidence", "4"))
                .post("/check-ins/" + week)
                .then()
                .statusCode(303);
        mentor.session()
                .form("/goals/" + goal)
                .formParams(Map.of("itemType", "GOAL", "itemId", goal.toString(), "kind", "COMMENT", "body", comment))
                .post("/feedback")
                .then()
                .statusCode(303);
        mentor.session().page("/mentoring");
        String feedPath = Jsoup.parse(mentee.session()
                        .form("/profile")
                        .post("/profile/calendar-feed")
                        .asString())
                .getElementById("feed-link")
                .val()
                .replaceFirst("^https?://[^/]+", "");
        RestAssured.given().get(feedPath).then().statusCode(200);
        String feedSecret = feedPath.replaceAll(".*/calendar/(.+)\\.ics", "$1");
        String apiToken = dev.waypoint.support.Fixtures.accessToken(mentee.id());
        dev.waypoint.support.Fixtures.api(apiToken).get("/api/v1/goals").then().statusCode(200);
        dev.waypoint.support.Fixtures.api(apiToken + "x")
                .get("/api/v1/goals")
                .then()
                .statusCode(401);

        List<String> lines = Files.readAllLines(LOG);

        assertThat(linesWith(lines, "\"level\":\"TRACE\""))
                .as("the log was written at TRACE")
                .isNotEmpty();
        assertThat(linesWith(lines, secret)).isEmpty();
        assertThat(linesWith(lines, feedSecret)).isEmpty();
        assertThat(linesWith(lines, apiToken.substring(4)))
                .as("the read API's token")
                .isEmpty();
        for (Newcomer someone : List.of(mentee, mentor)) {
            for (String cookie : someone.session().cookies().values()) {
                assertThat(linesWith(lines, cookie)).isEmpty();
            }
        }
        assertThat(shortened(lines.stream().filter(line -> JWT.matcher(line).find())))
                .isEmpty();
        assertThat(requestId).matches("[0-9a-f]{16}");
        assertThat(linesWith(lines, "\"requestId\":\"" + requestId + "\"")).isNotEmpty();
    }
}
