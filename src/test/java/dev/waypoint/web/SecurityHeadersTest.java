package dev.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Persona;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
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
    void theRedirectToSignInAndTheExpiredSessionAnswerCarryTheHeaders() {
        assertSecure(given().redirects().follow(false).get("/profile"), 302);
        assertSecure(
                given().redirects().follow(false).header("HX-Request", "true").get("/profile"), 499);
        assertSecure(given().redirects().follow(false).get("/sign-in"), 302);
    }

    @Test
    void htmxFragmentsAreHtmlAndErrorPagesSayTheirCharset() {
        Session dave = SignIn.as(Persona.DAVE);
        String goal = dave.form("/goals/new")
                .formParam("title", "Learn to juggle")
                .formParam("category", "OTHER")
                .formParam("steps", "Three balls")
                .post("/goals")
                .header("Location");
        String goalPath = java.net.URI.create(goal).getPath();
        String step = dave.page(goalPath).selectFirst("li.step").id().replace("step-", "");

        Response toggled = dave.htmx(goalPath).post(goalPath + "/steps/" + step + "/toggle");
        assertThat(toggled.statusCode()).isEqualTo(200);
        assertThat(toggled.contentType()).isEqualTo("text/html;charset=UTF-8");
        Response dashboardTick =
                dave.htmx("/").formParam("from", "dashboard").post(goalPath + "/steps/" + step + "/toggle");
        assertThat(dashboardTick.contentType()).isEqualTo("text/html;charset=UTF-8");

        assertThat(dave.request().get("/no-such-page").contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(dave.request().get("/goals/999999999").contentType()).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void assetsAreAskedForByTheirContentAndKeptForAYear() {
        var page = org.jsoup.Jsoup.parse(given().get("/").asString());
        String css = page.selectFirst("link[rel=stylesheet]").attr("href");
        String htmx = page.select("script[src*=htmx]").attr("src");
        assertThat(css).matches("/css/waypoint\\.css\\?v=[0-9a-f]{12}");
        assertThat(htmx).matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js\\?v=[0-9.]+");

        for (String asset :
                java.util.List.of(css, htmx, page.selectFirst("link[rel=icon]").attr("href"))) {
            Response fetched = given().get(asset);
            assertThat(fetched.statusCode()).as(asset).isEqualTo(200);
            assertThat(fetched.header("Cache-Control")).as(asset).isEqualTo("public, max-age=31536000, immutable");
        }
        assertThat(given().get("/css/waypoint.css").header("Cache-Control"))
                .as("without its version an asset may change")
                .doesNotContain("immutable");
    }

    @Test
    void pagesAndAssetsAreCompressedForBrowsersThatAsk() {
        Session dave = SignIn.as(Persona.DAVE);
        Response page = dave.request().header("Accept-Encoding", "gzip").get("/goals");
        assertThat(page.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(page.asString()).contains("Your goals");
        Response css = given().header("Accept-Encoding", "gzip").get("/css/waypoint.css");
        assertThat(css.header("Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void theFormTokenCookieIsSameSiteLax() {
        Response page = given().get("/");
        assertThat(page.getDetailedCookie("csrf-token").getSameSite()).isEqualToIgnoringCase("Lax");
    }

    @Test
    void tokenClientsAndCalendarAppsGetNoCookieWhateverTheAnswer() {
        dev.waypoint.support.Newcomer me = dev.waypoint.support.Newcomer.signUp("no-cookies");
        String token = dev.waypoint.support.Fixtures.accessToken(me.id());
        String feed = QuarkusTransaction.requiringNew()
                .call(() -> dev.waypoint.calendar.CalendarFeed.open(me.id(), java.time.Instant.now()));

        List<Response> answers = List.of(
                given().header("Authorization", "Bearer " + token).get("/api/v1/me"),
                given().header("Authorization", "Bearer " + token).get("/api/v1/goals/999999999"),
                given().header("Authorization", "Bearer " + token).get("/api/v1/no-such-route"),
                given().get("/api/v1/me"),
                given().get("/calendar/" + feed + ".ics"),
                given().get("/calendar/" + "A".repeat(43) + ".ics"));

        assertThat(answers).extracting(Response::statusCode).containsExactly(200, 404, 404, 401, 200, 404);
        assertThat(answers)
                .allSatisfy(answer ->
                        assertThat(answer.headers().getValues("Set-Cookie")).isEmpty());
        assertThat(given().get("/").headers().getValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("csrf-token="));
    }

    @Test
    void aFormWithTooManyFieldsOrAnUnknownCharsetGetsAClear4xx() {
        Session dave = SignIn.as(Persona.DAVE);
        var tooMany = dave.form("/profile");
        for (int i = 0; i < 1_001; i++) {
            tooMany.formParam("f" + i, "x");
        }
        Response crowded = tooMany.post("/profile");
        assertThat(crowded.statusCode()).isEqualTo(413);
        assertThat(crowded.asString()).contains("more than Waypoint takes").doesNotContain("Exception");

        var bogus = dave.rawPost(
                "/profile",
                "application/x-www-form-urlencoded; charset=bogus",
                ("csrf-token=" + dave.csrfToken("/profile") + "&displayName=J%C3%BCrgen")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(bogus.getKey()).isEqualTo(400);
        assertThat(bogus.getValue()).contains("couldn't be read").doesNotContain("Exception");

        Response garbled = dave.request()
                .contentType("application/x-www-form-urlencoded")
                .body("csrf-token=" + dave.csrfToken("/profile") + "&displayName=%zz")
                .post("/profile");
        assertThat(garbled.statusCode()).isEqualTo(400);
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
        String page = given().get("/").asString();
        String htmx = org.jsoup.Jsoup.parse(page).select("script[src*=htmx]").attr("src");
        assertThat(htmx).startsWith("/webjars/htmx.org/");
        given().get(htmx).then().statusCode(200);
        assertThat(page).doesNotContain("src=\"http").doesNotContain("href=\"http");
    }

    private static void assertSecure(Response response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.header("Content-Security-Policy"))
                .as("the headers on a %s answer", status)
                .isNotNull();
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
