package dev.waypoint.web;

import static io.restassured.RestAssured.given;

import dev.waypoint.support.Persona;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** htmx must never follow a redirect to the provider; it gets 499 and app.js reloads the page. */
@QuarkusTest
class ExpiredSessionTest {

    @Test
    void anHtmxCallWithoutASessionGets499() {
        given().redirects()
                .follow(false)
                .header("HX-Request", "true")
                .get("/profile")
                .then()
                .statusCode(499);
    }

    @Test
    void anHtmxCallWithAnExpiredSessionGets499() {
        Session erin = SignIn.as(Persona.ERIN);
        erin.page("/profile");

        given().redirects()
                .follow(false)
                .header("HX-Request", "true")
                .cookie("q_session", "expired.or.forged.session.value")
                .get("/profile")
                .then()
                .statusCode(499);
    }

    @Test
    void aNormalPageLoadWithoutASessionStillRedirectsToSignIn() {
        given().redirects().follow(false).get("/profile").then().statusCode(302);
    }
}
