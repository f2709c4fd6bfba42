package dev.waypoint.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.waypoint.support.Persona;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileResourceTest {

    private Session carol;

    @BeforeEach
    void signIn() {
        carol = SignIn.as(Persona.CAROL);
    }

    @Test
    void theTimeZoneSuggestionsAreFetchedOnDemandAndCachedForAYear() {
        Response profile = carol.request().get("/profile");
        Document page = Jsoup.parse(profile.asString());
        String suggestions = page.getElementById("time-zones").attr("hx-get");

        assertThat(page.select("#time-zones option"))
                .as("no zone names in the page itself")
                .isEmpty();
        assertThat(profile.asString().length())
                .as("six hundred zone names would be 20 kB more")
                .isLessThan(16_000);
        assertThat(suggestions).startsWith("/assets/time-zones?v=");
        Response list = io.restassured.RestAssured.given().get(suggestions);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.header("Cache-Control")).contains("immutable");
        assertThat(Jsoup.parse(list.asString()).select("option").eachAttr("value"))
                .contains("UTC", "Europe/Berlin", "America/Sao_Paulo")
                .doesNotContain("Etc/GMT+1");
    }

    @Test
    void theProfilePageShowsTheCurrentSettings() {
        Document page = carol.page("/profile");

        assertThat(page.getElementById("displayName").val()).isNotBlank();
        assertThat(page.getElementById("timeZone").val()).isNotBlank();
        assertThat(page.select("#checkInDay option").eachText()).contains("Monday", "Friday", "Sunday");
        assertThat(page.text()).contains("Only you can see this page.");
    }

    @Test
    void savingWithHtmxAnswersWithTheSavedFormInPlace() {
        Response saved = carol.htmx("/profile")
                .formParams(fields("Carol Lead", "Europe/Berlin", "MONDAY", currentVersion()))
                .post("/profile");

        assertThat(saved.statusCode()).isEqualTo(200);
        Document fragment = Jsoup.parseBodyFragment(saved.asString());
        assertThat(fragment.selectFirst("html head title")).isNull();
        assertThat(fragment.getElementById("profile-form")).isNotNull();
        assertThat(fragment.select("#flash-line[hx-swap-oob=innerHTML]").text()).contains("Saved");
        assertThat(fragment.getElementById("timeZone").val()).isEqualTo("Europe/Berlin");
        assertThat(fragment.select("#checkInDay option[selected]").text()).isEqualTo("Monday");
        assertThat(fragment.select("[hx-swap-oob]#account-name").text()).isEqualTo("Carol Lead");

        assertThat(carol.page("/profile").getElementById("timeZone").val()).isEqualTo("Europe/Berlin");
    }

    @Test
    void savingWithoutJavaScriptRedirectsToTheSavedPage() {
        carol.form("/profile")
                .formParams(fields("Carol", "America/New_York", "TUESDAY", currentVersion()))
                .post("/profile")
                .then()
                .statusCode(303)
                .header("Location", containsString("/profile?done=profile-saved"));

        Document page = carol.page("/profile?done=profile-saved");
        assertThat(page.select("#flash-line[role=status]").text()).contains("Saved");
        assertThat(page.getElementById("timeZone").val()).isEqualTo("America/New_York");
    }

    @Test
    void aConfirmationIsOnlyEverOneOfWaypointsOwnSentences() {
        Document page = carol.page("/profile?done=%3Cb%3Ehacked%3C%2Fb%3E");
        assertThat(page.getElementById("flash-line").children()).isEmpty();
        assertThat(page.text()).doesNotContain("hacked");
    }

    @Test
    void badValuesGetAMessageBesideTheFieldAndKeepWhatWasTyped() {
        Response rejected = carol.form("/profile")
                .formParams(fields("", "Mars/Olympus_Mons", "FUNDAY", currentVersion()))
                .post("/profile");

        assertThat(rejected.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(rejected.asString());
        assertThat(page.getElementById("displayName-error").text()).contains("what to call you");
        assertThat(page.getElementById("timeZone-error").text()).contains("Mars/Olympus_Mons");
        assertThat(page.getElementById("timeZone").val()).isEqualTo("Mars/Olympus_Mons");
        assertThat(page.getElementById("timeZone").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("checkInDay-error").text()).contains("day of the week");
    }

    @Test
    void anOverlongNameIsRejectedInPlaceWithHtmx() {
        String tooLong = "C".repeat(81);
        Response rejected = carol.htmx("/profile")
                .formParams(fields(tooLong, "UTC", "FRIDAY", currentVersion()))
                .post("/profile");

        assertThat(rejected.statusCode()).isEqualTo(422);
        Document fragment = Jsoup.parseBodyFragment(rejected.asString());
        assertThat(fragment.getElementById("displayName-error").text()).contains("80 characters");
        assertThat(fragment.getElementById("displayName").val()).isEqualTo(tooLong);
    }

    @Test
    void aStaleFormIsNotSavedOverNewerChanges() {
        String loadedVersion = currentVersion();
        carol.form("/profile")
                .formParams(fields("Carol in tab one", "Asia/Tokyo", "FRIDAY", loadedVersion))
                .post("/profile")
                .then()
                .statusCode(303);

        Response stale = carol.form("/profile")
                .formParams(fields("Carol in tab two", "Europe/Paris", "FRIDAY", loadedVersion))
                .post("/profile");

        assertThat(stale.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(stale.asString());
        assertThat(page.selectFirst("#profile-form .flash.warning").text())
                .contains("changed in another window")
                .contains("Carol in tab one");
        assertThat(page.getElementById("displayName").val()).isEqualTo("Carol in tab two");
        assertThat(carol.page("/profile").getElementById("timeZone").val()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRejected() {
        carol.request()
                .contentType("application/x-www-form-urlencoded")
                .formParams(fields("Evil", "UTC", "FRIDAY", currentVersion()))
                .post("/profile")
                .then()
                .statusCode(400)
                .body(containsString("That form had gone stale"));

        assertThat(carol.page("/profile").getElementById("displayName").val()).isNotEqualTo("Evil");
    }

    private String currentVersion() {
        return carol.page("/profile").selectFirst("input[name=version]").val();
    }

    private static java.util.Map<String, String> fields(String name, String zone, String day, String version) {
        return java.util.Map.of("displayName", name, "timeZone", zone, "checkInDay", day, "version", version);
    }
}
