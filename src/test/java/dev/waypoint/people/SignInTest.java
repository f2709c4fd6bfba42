package dev.waypoint.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.waypoint.support.Persona;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInTest {

    @Test
    void visitorsSeeTheLandingPageWithASignInButton() {
        given().get("/")
                .then()
                .statusCode(200)
                .body(containsString("Turn far-off career dreams into steps"))
                .body(containsString("href=\"/sign-in\""));
    }

    @Test
    void protectedPagesSendVisitorsToTheProvider() {
        given().redirects()
                .follow(false)
                .get("/profile")
                .then()
                .statusCode(302)
                .header("Location", containsString("/authorize?"))
                .header("Location", containsString("code_challenge_method=S256"));
    }

    @Test
    void signingInLandsOnTheDashboardThatGreetsThePersonByName() {
        Session alice = SignIn.as(Persona.ALICE);

        alice.request().get("/sign-in").then().statusCode(303);
        Document dashboard = alice.page("/");

        assertThat(dashboard.selectFirst("h1").text()).isEqualTo("Hello, Alice!");
        assertThat(dashboard.select("nav[aria-label=Main] a").eachText()).contains("Dashboard", "Profile");
    }

    @Test
    void theFirstSignInCreatesThePersonFromTheTokenAndLaterOnesReuseIt() {
        String username = "newcomer-" + UUID.randomUUID().toString().substring(0, 8);

        SignIn.asNewcomer(username).page("/");
        assertThat(peopleWithSubject(username)).isEqualTo(1);
        Person created = QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("subject", username).firstResult());
        assertThat(created.email).isEqualTo(username + "@example.com");
        assertThat(created.displayName).isEqualToIgnoringCase(username);
        assertThat(created.timeZone).isEqualTo("UTC");

        SignIn.asNewcomer(username).page("/");
        assertThat(peopleWithSubject(username)).isEqualTo(1);
    }

    @Test
    void signingOutEndsTheSession() {
        Session bob = SignIn.as(Persona.BOB);
        bob.page("/");

        var signOut = bob.form("/").post("/sign-out");

        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.header("Location")).contains("/logout").contains("post_logout_redirect_uri");
        bob.request().get("/profile").then().statusCode(302).header("Location", containsString("/authorize?"));
    }

    private static long peopleWithSubject(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> Person.count("subject", subject));
    }
}
