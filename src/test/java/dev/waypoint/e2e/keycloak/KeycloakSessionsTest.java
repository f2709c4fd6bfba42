package dev.waypoint.e2e.keycloak;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.CookieJar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Sessions end on the server with a real Keycloak: when Dave signs out at Keycloak (as he would
 * from another app of the company), Keycloak tells Waypoint over the back channel, the session
 * is recorded as ended for every instance, and Dave's Waypoint cookie stops working at once.
 */
@QuarkusTest
@TestProfile(KeycloakSignInTest.RealKeycloak.class)
class KeycloakSessionsTest {

    static final String KEYCLOAK = "http://127.0.0.1:8180";

    @TestHTTPResource("/")
    URL root;

    @Test
    void keycloaksBackChannelLogoutEndsTheSessionOnEveryInstance() {
        String app = root.toString().replace("localhost", "127.0.0.1").replaceAll("/$", "");
        String admin = adminToken();
        pointBackChannelAt(admin, app + "/sign-out/back-channel");

        CookieJar dave = signIn(app, "dave", "dave-password");
        given().filter(dave)
                .redirects()
                .follow(false)
                .get(app + "/profile")
                .then()
                .statusCode(200);

        // Dave signs out at Keycloak itself (as from another app of the company): its logout page,
        // then "Logout". Keycloak tells Waypoint over the back channel.
        Response confirm = given().filter(dave)
                .redirects()
                .follow(false)
                .get(KEYCLOAK + "/realms/waypoint/protocol/openid-connect/logout");
        Element form = Jsoup.parse(confirm.asString()).selectFirst("form");
        given().filter(dave)
                .redirects()
                .follow(false)
                .urlEncodingEnabled(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .body("session_code="
                        + form.selectFirst("input[name=session_code]").val() + "&confirmLogout=Logout")
                .post(KEYCLOAK + form.attr("action"))
                .then()
                .statusCode(org.hamcrest.Matchers.lessThan(400));

        assertThat(endedSessionsOf("dave"))
                .as("the provider's session is recorded as ended, for every instance")
                .isPositive();
        Response after = given().filter(dave).redirects().follow(false).get(app + "/profile");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.header("Location")).startsWith(KEYCLOAK);
    }

    private static long endedSessionsOf(String subjectName) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) dev.waypoint.people.Person.getEntityManager()
                                .createNativeQuery(
                                        "SELECT COUNT(*) FROM web_session s JOIN person p ON p.subject = s.subject"
                                                + " WHERE p.email LIKE :name AND s.ended_at IS NOT NULL")
                                .setParameter("name", subjectName + "@%")
                                .getSingleResult())
                        .longValue());
    }

    /** The Keycloak login form, filled in the way a browser would. */
    private static CookieJar signIn(String app, String username, String password) {
        CookieJar cookies = new CookieJar();
        Response toKeycloak = given().filter(cookies).redirects().follow(false).get(app + "/sign-in");
        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        Response loginPage = given().filter(cookies)
                .urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .get(toKeycloak.header("Location"));
        Element form = Jsoup.parse(loginPage.asString()).selectFirst("form#kc-form-login");
        Response back = given().filter(cookies)
                .redirects()
                .follow(false)
                .urlEncodingEnabled(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .body("username=" + username + "&password=" + password + "&credentialId=")
                .post(form.attr("action").replace("&amp;", "&"));
        assertThat(back.statusCode()).as("Keycloak accepts the password").isEqualTo(302);
        Response callback = given().filter(cookies)
                .urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .get(back.header("Location"));
        assertThat(callback.statusCode()).as("Waypoint finishes the code flow").isEqualTo(302);
        return cookies;
    }

    private static String adminToken() {
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of(
                        "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"))
                .post(KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .jsonPath()
                .getString("access_token");
    }

    /** The test app listens on a port of its own: Keycloak is told where its back channel is. */
    private static void pointBackChannelAt(String admin, String url) {
        String clients = KEYCLOAK + "/admin/realms/waypoint/clients";
        String id = given().auth()
                .oauth2(admin)
                .get(clients + "?clientId=waypoint")
                .jsonPath()
                .getString("[0].id");
        Map<String, Object> client =
                given().auth().oauth2(admin).get(clients + "/" + id).jsonPath().getMap("");
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) client.get("attributes");
        attributes.put("backchannel.logout.url", url);
        attributes.put("backchannel.logout.session.required", "true");
        client.put("frontchannelLogout", false);
        client.put("redirectUris", List.of("http://127.0.0.1/*"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(client)
                .put(clients + "/" + id)
                .then()
                .statusCode(204);
    }
}
