package dev.waypoint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Made-up paths cannot crowd real routes out of the metrics: after a few hundred of them, signed
 * out, with a token and signed in, every route of {@link AccessTest#ROUTES} still gets its own
 * series, and no made-up path names one.
 */
@QuarkusTest
class RouteMetricsTest {

    /** Part of every made-up path, so a series named by one is easy to find. */
    private static final String MADE_UP = "zqx";

    private static final List<String> PREFIXES = List.of(
            "/api/v1/",
            "/api/v1/goals/",
            "/api/v1/goals/1/",
            "/api/v1/teams/1/board/",
            "/api/v2/",
            "/goals/",
            "/goals/1/steps/",
            "/teams/1/",
            "/check-ins/",
            "/admin/",
            "/calendar/",
            "/",
            "/q/");

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void madeUpPathsFallIntoBucketsAndEveryRealRouteKeepsItsSeries() {
        Newcomer someone = Newcomer.signUp("metrics-walker");
        String token = Fixtures.accessToken(someone.id());
        Random random = new Random(33);
        List<Supplier<RequestSpecification>> callers = List.of(
                () -> given().redirects().follow(false),
                () -> Fixtures.api(token),
                () -> someone.session().request());
        for (int i = 0; i < 300; i++) {
            String path = PREFIXES.get(random.nextInt(PREFIXES.size()))
                    + MADE_UP
                    + random.nextInt(1_000_000)
                    + (random.nextBoolean() ? "/" + random.nextInt(100) : "");
            RequestSpecification caller = callers.get(i % callers.size()).get();
            int status = (random.nextInt(4) == 0 ? caller.post(path) : caller.get(path)).statusCode();
            assertThat(status).as(path).isLessThan(500);
        }

        // Each route as someone it may answer (an admin's routes answer 404 to anyone else, and
        // Quarkus names a 404 of a route without placeholders NOT_FOUND).
        dev.waypoint.support.Session admin = dev.waypoint.support.SignIn.asNewAdmin("metrics-admin");
        Set<String> expected = new TreeSet<>();
        for (AccessTest.Route route : AccessTest.ROUTES) {
            String path = anyInstanceOf(route.path());
            RequestSpecification caller = route.path().startsWith("/api/")
                    ? Fixtures.api(token)
                    : route.path().startsWith("/admin")
                            ? admin.request()
                            : someone.session().request();
            // A write without the form token is refused after its route matched: nothing changes.
            int status = caller.request(route.method(), path).statusCode();
            assertThat(status).as(route.key()).isLessThan(500);
            expected.add(expectedName(route.path(), status));
        }

        Set<String> named =
                routeNames(given().get(metrics).then().statusCode(200).extract().asString());
        assertThat(named).noneMatch(name -> name.contains(MADE_UP));
        assertThat(named).containsAll(expected);
        assertThat(named).contains("NOT_FOUND", "REDIRECTION", "/UNAUTHORIZED");
    }

    /**
     * Quarkus names the root "root", and a redirect from a route without placeholders (such as
     * "/sign-in", which only ever redirects) "REDIRECTION".
     */
    private static String expectedName(String path, int status) {
        if (path.equals("/")) {
            return "root";
        }
        return status / 100 == 3 && !path.contains("{") ? "REDIRECTION" : shape(path);
    }

    /** The route's path with any value that fits each placeholder (a row need not exist). */
    private static String anyInstanceOf(String path) {
        return path.replace("{week}", "2026-W01")
                .replace("{secret}", "A".repeat(43))
                .replace("{token}", "no-such-token")
                .replaceAll("\\{[a-z]*}", "1");
    }

    /** Every uri label of the request metrics, its placeholders written as {}. */
    private static Set<String> routeNames(String scraped) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("http_server_requests_seconds_count\\{[^\\n]*?uri=\"([^\"]*)\"")
                .matcher(scraped);
        while (matcher.find()) {
            names.add(shape(matcher.group(1)));
        }
        return names;
    }

    private static String shape(String path) {
        return path.replaceAll("\\{[^/]*}", "{}");
    }
}
