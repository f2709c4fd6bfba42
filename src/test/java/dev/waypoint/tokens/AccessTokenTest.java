package dev.waypoint.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.waypoint.people.Person;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.Session;
import dev.waypoint.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Personal access tokens: made on the profile, shown once, kept as a hash, and refused once ended. */
@QuarkusTest
class AccessTokenTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNewTokenIsShownOnceAndReadsTheApiAsItsMaker() {
        Newcomer me = Newcomer.signUp("token-maker");

        Document made = make(me.session(), "Grafana", "30");
        String token = made.getElementById("new-token").val();

        assertThat(token).startsWith("wpt_").hasSizeGreaterThan(40);
        assertThat(made.text()).contains("Your new access token, \"Grafana\"");
        api(token, "/api/v1/me").then().statusCode(200).body("name", equalTo(me.displayName()));
        Document later = me.session().page("/profile");
        assertThat(later.html()).doesNotContain(token);
        assertThat(later.select(".token-row").text()).contains("Grafana").contains("last used");
        String stored = QuarkusTransaction.requiringNew()
                .call(() -> AccessToken.<AccessToken>find("personId", me.id()).firstResult().secretHash);
        assertThat(stored).doesNotContain(token.substring(4)).hasSize(64);
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        Newcomer me = Newcomer.signUp("token-revoker");
        String token =
                make(me.session(), "Script", "7").getElementById("new-token").val();
        api(token, "/api/v1/me").then().statusCode(200);

        String revoke =
                me.session().page("/profile").selectFirst(".token-row form").attr("action");
        me.session().form("/profile").post(revoke).then().statusCode(303);
        String number = revoke.replaceAll("\\D", "");
        String adminLog = dev.waypoint.support.SignIn.as(dev.waypoint.support.Persona.ERIN)
                .page("/admin/audit?person=" + me.id())
                .text();
        assertThat(adminLog)
                .contains("made access token #" + number)
                .contains("revoked access token #" + number)
                .doesNotContain("Script");

        api(token, "/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("detail", containsString("revoked"));
        assertThat(me.session().page("/profile").text()).contains("You have no access tokens");
    }

    @Test
    void anExpiredTokenIsRefusedAndSaysWhen() {
        Newcomer me = Newcomer.signUp("token-expiry");
        String token = make(me.session(), "Short-lived", "7")
                .getElementById("new-token")
                .val();

        clock.set(Instant.now().plus(Duration.ofDays(8)));

        api(token, "/api/v1/me").then().statusCode(401).body("detail", containsString("expired"));
        assertThat(me.session().page("/profile").select(".token-row").text()).contains("expired");
    }

    @Test
    void noTokenOrAWrongOneGetsProblemDetailsNeverTheSignInPage() {
        RestAssured.given()
                .redirects()
                .follow(false)
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("title", equalTo("Unauthorized"))
                .body("detail", containsString("Authorization: Bearer"));
        api("wpt_not-a-real-token", "/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        RestAssured.given()
                .redirects()
                .follow(false)
                .header("Authorization", "Basic dXNlcjpwYXNz")
                .get("/api/v1/goals")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenOpensNoPageAndASessionOpensNoApi() {
        Newcomer me = Newcomer.signUp("token-pages");
        String token =
                make(me.session(), "Pages", "7").getElementById("new-token").val();

        Response page = RestAssured.given()
                .redirects()
                .follow(false)
                .header("Authorization", "Bearer " + token)
                .get("/goals");
        assertThat(page.statusCode()).isEqualTo(302);
        me.session().request().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aNamelessTokenIsRefusedAndKeepsWhatWasChosen() {
        Newcomer me = Newcomer.signUp("token-nameless");
        Response response = me.session()
                .form("/profile")
                .formParam("tokenName", "   ")
                .formParam("lifetime", "365")
                .post("/profile/access-tokens");

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("#access-token-form").text()).contains("Please name the token");
        assertThat(page.select("#lifetime option[selected]").val()).isEqualTo("365");
    }

    @Test
    void aDeactivatedPersonsTokensStopWorkingAndStayRevokedAfterReactivation() {
        Newcomer me = Newcomer.signUp("token-deactivated");
        String token = make(me.session(), "Backup script", "90")
                .getElementById("new-token")
                .val();
        api(token, "/api/v1/me").then().statusCode(200);

        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById(me.id()).active = false);
        api(token, "/api/v1/me").then().statusCode(401).body("detail", containsString("deactivated"));
        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById(me.id()).active = true);

        Newcomer back = me.deactivatedAndBack();

        api(token, "/api/v1/me").then().statusCode(401).body("detail", containsString("revoked"));
        assertThat(back.session().page("/profile").text()).contains("You have no access tokens");
    }

    @Test
    void thereIsALimitAndThePageSaysWhatToDo() {
        Newcomer me = Newcomer.signUp("token-hoarder");
        for (int i = 0; i < AccessToken.MAX_PER_PERSON; i++) {
            dev.waypoint.support.Fixtures.accessToken(me.id());
        }

        Response response = me.session()
                .form("/profile")
                .formParam("tokenName", "One too many")
                .formParam("lifetime", "7")
                .post("/profile/access-tokens");

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("#access-token-form").text()).contains("You have 20 tokens", "Revoke one");
        assertThat(page.getElementById("tokenName").val()).isEqualTo("One too many");
        assertThat(page.select(".token-row")).hasSize(AccessToken.MAX_PER_PERSON);
    }

    static Document make(Session session, String name, String days) {
        Response response = session.form("/profile")
                .formParam("tokenName", name)
                .formParam("lifetime", days)
                .post("/profile/access-tokens");
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.asString());
    }

    static Response api(String token, String path) {
        return RestAssured.given()
                .redirects()
                .follow(false)
                .header("Authorization", "Bearer " + token)
                .get(path);
    }
}
