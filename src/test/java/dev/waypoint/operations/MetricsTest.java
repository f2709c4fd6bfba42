package dev.waypoint.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkins.Week;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URL;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** What Prometheus scrapes from the management port, and that the public port does not serve it. */
@QuarkusTest
class MetricsTest {

    /** The management interface's /q/metrics: its root, /q, comes before the path given here. */
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void theCountersFollowWhatPeopleDo() {
        String before = scrape();
        Newcomer mentee = Newcomer.signUp("counted");
        Newcomer mentor = Newcomer.signUp("counting");
        Long goal = Fixtures.goal(mentee.id(), null, "Give a talk", "Pick a topic");
        String goalPath = "/goals/" + goal;
        mentee.session().form(goalPath).formParam("to", "ACHIEVED").post(goalPath + "/status");
        String week = Week.current(Clock.systemUTC(), ZoneOffset.UTC).id();
        mentee.session()
                .form("/check-ins/" + week)
                .formParams(Map.of("wins", "Gave the talk", "confidence", "4"))
                .post("/check-ins/" + week)
                .then()
                .statusCode(303);
        String link = Jsoup.parse(mentee.session()
                        .form("/people")
                        .formParams(Map.of("role", "MENTOR", "email", ""))
                        .post("/people/invitations")
                        .asString())
                .getElementById("invite-link")
                .val();
        String invitation = link.substring(link.indexOf("/invitations/"));
        mentor.session().form(invitation).post(invitation + "/accept").then().statusCode(303);

        String after = scrape();

        assertThat(value(after, "waypoint_sign_ins_total")).isEqualTo(value(before, "waypoint_sign_ins_total") + 2);
        assertThat(value(after, "waypoint_goals_achieved_total"))
                .isEqualTo(value(before, "waypoint_goals_achieved_total") + 1);
        assertThat(value(after, "waypoint_check_ins_submitted_total"))
                .isEqualTo(value(before, "waypoint_check_ins_submitted_total") + 1);
        assertThat(value(after, "waypoint_invitations_accepted_total"))
                .isEqualTo(value(before, "waypoint_invitations_accepted_total") + 1);
        assertThat(after)
                .contains("waypoint_mails_total{kind=\"check_in_reminder\",outcome=\"sent\"}")
                .contains("waypoint_mails_total{kind=\"session_follow_up\",outcome=\"failed\"}")
                .doesNotContain("Give a talk")
                .doesNotContain(mentee.name());
    }

    @Test
    void requestsAreCountedByRouteTemplateNeverById() {
        Newcomer someone = Newcomer.signUp("templated");
        Long first = Fixtures.goal(someone.id(), null, "First goal", "a");
        Long second = Fixtures.goal(someone.id(), null, "Second goal", "b");
        someone.session().page("/goals/" + first);
        someone.session().page("/goals/" + second);
        someone.session().request().get("/goals/999999999").then().statusCode(404);
        dev.waypoint.support.Fixtures.api("wpt_no-such-token")
                .get("/api/v1/goals/" + first)
                .then()
                .statusCode(401);
        dev.waypoint.support.Fixtures.api(dev.waypoint.support.Fixtures.accessToken(someone.id()))
                .get("/api/v1/goals/" + first)
                .then()
                .statusCode(200);

        String scraped = scrape();

        assertThat(scraped).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/goals/\\{[^}\"]*}\"");
        assertThat(scraped).doesNotContainPattern("uri=\"[^\"]*/" + first + "\"");
        assertThat(scraped).doesNotContainPattern("uri=\"[^\"]*/\\d+[^\"]*\"");
        assertThat(scraped).contains("jvm_memory_used_bytes").contains("agroal_active_count");
    }

    @Test
    void thePublicPortHasNoMetrics() {
        Newcomer someone = Newcomer.signUp("curious");
        someone.session().request().get("/q/metrics").then().statusCode(404);
    }

    private String scrape() {
        return RestAssured.given().get(metrics).then().statusCode(200).extract().asString();
    }

    /** A counter's value in the Prometheus text, 0 when it has not been written yet. */
    private static double value(String scraped, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*})? ([0-9.eE+-]+)$")
                .matcher(scraped);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
