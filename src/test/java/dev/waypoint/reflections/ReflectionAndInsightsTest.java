package dev.waypoint.reflections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Persona;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReflectionAndInsightsTest {

    @Test
    void anAchievedGoalInvitesAReflectionThatShowsInInsights() {
        String name = "reflective-" + UUID.randomUUID().toString().substring(0, 8);
        Session session = SignIn.asNewcomer(name);
        session.page("/");
        Long personId = Fixtures.personIdOf(name);
        Long goalId = Fixtures.goal(personId, null, "Pass the security exam", "Book it");
        String goal = "/goals/" + goalId;
        session.request().get(goal + "/reflection").then().statusCode(404);

        session.form(goal)
                .formParam("to", "ACHIEVED")
                .post(goal + "/status")
                .then()
                .statusCode(303);
        assertThat(session.page("/").text()).contains("A moment to look back").contains("Pass the security exam");

        Response refused = session.form(goal + "/reflection")
                .formParams(Map.of("meaningful", "0", "learned", "Keep this", "chooseAgain", "YES"))
                .post(goal + "/reflection");
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.getElementById("meaningful-error").text()).contains("Pick 1");
        assertThat(page.getElementById("learned").text()).isEqualTo("Keep this");

        session.form(goal + "/reflection")
                .formParams(Map.of("meaningful", "2", "learned", "Certificates bore me", "chooseAgain", "NO"))
                .post(goal + "/reflection")
                .then()
                .statusCode(303);

        assertThat(session.page("/").text()).doesNotContain("A moment to look back");
        Document insights = session.page("/insights");
        assertThat(insights.select("svg[role=img]")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(insights.select("svg desc").eachText())
                .anyMatch(text -> text.contains("Technical: 2.0 of 5 (1 goal)"));
        assertThat(insights.text())
                .contains("Achieved, but not very meaningful")
                .contains("Pass the security exam");
    }

    @Test
    void insightsDrawRegularityAndConfidenceFromCheckIns() {
        String name = "patterned-" + UUID.randomUUID().toString().substring(0, 8);
        Session session = SignIn.asNewcomer(name);
        session.page("/");
        Long personId = Fixtures.personIdOf(name);
        LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY);
        Fixtures.checkIn(personId, monday.minusWeeks(1), "One", null, 2);
        Fixtures.checkIn(personId, monday.minusWeeks(2), "Two", null, 4);

        Document insights = session.page("/insights");

        // New this week, with two check-ins from before: the chart starts at the first of them.
        assertThat(insights.getElementById("regularity-desc").text()).startsWith("Checked in 2 of 3 weeks");
        assertThat(insights.getElementById("regularity-heading").text()).isEqualTo("Check-ins, since you joined");
        assertThat(insights.select("rect.square.checked-in")).hasSize(2);
        assertThat(insights.select("rect.square")).hasSize(3);
        assertThat(insights.select("#confidence-heading ~ svg circle.dot")).hasSize(2);
        assertThat(insights.getElementById("confidence-desc").text()).contains("2 check-ins");
    }

    @Test
    void nobodyElsesGoalCanBeReflectedOn() {
        Session alice = SignIn.as(Persona.ALICE);
        alice.page("/");
        Long goalId = Fixtures.goal(Fixtures.personId(Persona.ALICE), null, "Alice's goal");
        Session mallory = SignIn.as(Persona.MALLORY);

        mallory.request().get("/goals/" + goalId + "/reflection").then().statusCode(404);
        mallory.form("/")
                .formParams(Map.of("meaningful", "5", "chooseAgain", "YES"))
                .post("/goals/" + goalId + "/reflection")
                .then()
                .statusCode(404);
    }
}
