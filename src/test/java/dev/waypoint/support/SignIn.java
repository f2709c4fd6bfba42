package dev.waypoint.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Signs in through the dev OIDC provider the way a browser does: the app redirects to the
 * provider, the person picks a user on its login page, the provider redirects back with a code.
 */
public final class SignIn {

    private SignIn() {}

    public static Session as(Persona persona) {
        return through(Map.of("predefined-" + persona.username(), persona.username()), false);
    }

    /** Signs in as someone the provider makes up on the spot (its "custom user" form). */
    public static Session asNewcomer(String username) {
        return through(Map.of("name", username, "roles", "user", "login", ""), true);
    }

    /** A newcomer the provider also gives the {@code admin} role. */
    public static Session asNewAdmin(String username) {
        return through(Map.of("name", username, "roles", "user,admin", "login", ""), true);
    }

    private static Session through(Map<String, String> choice, boolean customForm) {
        CookieJar cookies = new CookieJar();
        Response toProvider = given().filter(cookies).redirects().follow(false).get("/sign-in");
        assertThat(toProvider.statusCode())
                .as("the app sends the browser to the provider")
                .isEqualTo(302);

        String authorizeUrl = toProvider.header("Location");
        Response loginPage = given().filter(cookies)
                .urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .get(authorizeUrl);
        assertThat(loginPage.statusCode()).isEqualTo(200);
        Document login = Jsoup.parse(loginPage.asString(), authorizeUrl);
        Element form = login.select("form").get(customForm ? 1 : 0);

        var submit = given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded");
        for (Element hidden : form.select("input[type=hidden]")) {
            submit.formParam(hidden.attr("name"), hidden.attr("value"));
        }
        choice.forEach(submit::formParam);
        Response toApp = submit.post(form.absUrl("action"));
        assertThat(toApp.statusCode()).as("the provider sends the browser back").isEqualTo(302);

        Response callback = given().filter(cookies)
                .urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .get(toApp.header("Location"));
        assertThat(callback.statusCode()).as("the app finishes the code flow").isEqualTo(302);
        return new Session(cookies);
    }
}
