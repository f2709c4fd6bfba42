package dev.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Persona;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void aPublicPageCarriesTheHeaders() {
        assertSecure(given().get("/"), 200);
    }

    @Test
    void aSignedInPageAndItsFragmentCarryTheHeaders() {
        Session dave = SignIn.as(Persona.DAVE);

        assertSecure(dave.request().get("/profile"), 200);
        Response fragment = dave.htmx("/profile").get("/profile");
        assertSecure(fragment, 200);
        assertThat(fragment.header("Vary")).contains("HX-Request");
    }

    @Test
    void aNotFoundPageCarriesTheHeadersAndNoStackTrace() {
        Session dave = SignIn.as(Persona.DAVE);

        Response missing = dave.request().get("/no-such-page");

        assertSecure(missing, 404);
        assertThat(missing.contentType()).startsWith("text/html");
        assertThat(missing.asString()).contains("We could not find that page").doesNotContain("Exception");
    }

    @Test
    void aMissingAssetIsAPlain404() {
        Response missing = given().get("/css/no-such-file.css");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.header("Content-Security-Policy")).isNotBlank();
        assertThat(missing.asString()).doesNotContain("Exception");
    }

    @Test
    void htmxIsServedByTheAppItself() {
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
        assertThat(given().get("/").asString())
                .contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"")
                .doesNotContain("src=\"http")
                .doesNotContain("href=\"http");
    }

    private static void assertSecure(Response response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        String csp = response.header("Content-Security-Policy");
        assertThat(csp)
                .contains("script-src 'self'")
                .contains("object-src 'none'")
                .contains("base-uri 'none'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }
}
