package dev.waypoint.sessions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.waypoint.people.Person;
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
    void signingOutEndsTheSessionHereAndAtTheProvider() {
        Session bob = SignIn.as(Persona.BOB);
        bob.page("/");

        var signOut = bob.form("/").post("/sign-out");

        assertThat(signOut.statusCode()).isEqualTo(303);
        assertThat(signOut.header("Location")).contains("/logout").contains("post_logout_redirect_uri");
        bob.request().get("/profile").then().statusCode(302).header("Location", containsString("/authorize?"));
    }

    @Test
    void aCopiedCookieStopsWorkingForReadingAndWritingOnceItsOwnerSignsOut() {
        String username = "copied-" + UUID.randomUUID();
        Session owner = SignIn.asNewcomer(username);
        String token = owner.csrfToken("/profile");
        Session thief = owner.copy();
        thief.page("/profile");

        owner.form("/profile").post("/sign-out").then().statusCode(303);

        thief.request().get("/profile").then().statusCode(302).header("Location", containsString("/authorize?"));
        thief.request().header("HX-Request", "true").get("/profile").then().statusCode(499);
        var write = thief.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token)
                .formParam("displayName", "Hijacked")
                .formParam("timeZone", "UTC")
                .formParam("checkInDay", "FRIDAY")
                .post("/profile");
        assertThat(write.statusCode()).as("a write with the old cookie").isEqualTo(302);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> Person.<Person>find("subject", username).firstResult().displayName))
                .isNotEqualTo("Hijacked");
    }

    @Test
    void signingOutTakesAPostWithTheFormTokenSoNoOtherSiteCanDoIt() {
        Session alice = SignIn.as(Persona.ALICE);
        alice.page("/");

        assertThat(alice.request().get("/sign-out").statusCode())
                .as("GET /sign-out")
                .isEqualTo(405);
        assertThat(alice.request()
                        .contentType("application/x-www-form-urlencoded")
                        .post("/sign-out")
                        .statusCode())
                .as("POST without the form token")
                .isEqualTo(400);

        alice.page("/profile");
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfThatPersonOnly() {
        String username = "everywhere-" + UUID.randomUUID();
        Session laptop = SignIn.asNewcomer(username);
        Session phone = SignIn.asNewcomer(username);
        Session someoneElse = SignIn.asNewcomer("elsewhere-" + UUID.randomUUID());
        phone.page("/profile");
        someoneElse.page("/profile");

        Document profile = laptop.page("/profile");
        assertThat(profile.select("form[action=/sign-out/everywhere] button").text())
                .isEqualTo("Yes, sign me out on every device");
        laptop.form("/profile").post("/sign-out/everywhere").then().statusCode(303);

        laptop.request().get("/profile").then().statusCode(302);
        phone.request().get("/profile").then().statusCode(302);
        someoneElse.page("/profile");
        SignIn.asNewcomer(username).page("/profile");
    }

    private static long peopleWithSubject(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> Person.count("subject", subject));
    }
}
