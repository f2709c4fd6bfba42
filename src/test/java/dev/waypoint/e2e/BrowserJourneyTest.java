package dev.waypoint.e2e;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Persona;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/** A fresh browser per journey, with a screenshot of where it ended under target/screenshots. */
public abstract class BrowserJourneyTest {

    @TestHTTPResource("/")
    protected URL root;

    protected Browser browser;

    @BeforeEach
    public void openBrowser() throws IOException {
        browser = new Browser();
    }

    @AfterEach
    public void closeBrowser(TestInfo test) throws IOException {
        try {
            browser.screenshot(getClass().getSimpleName() + "-"
                    + test.getTestMethod().orElseThrow().getName());
        } finally {
            browser.close();
        }
    }

    protected String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    /** From the landing page through the provider's login page, as the persona. */
    protected void signInAs(Persona persona) {
        browser.open(url("/"));
        browser.link("Sign in").click();
        browser.button(persona.username()).click();
        browser.waitForText("Hello, ");
    }

    /**
     * Signs in as the persona, who has a new goal with one step, and marks it achieved on its page:
     * where reflections and milestones begin.
     */
    protected void signInAndAchieve(Persona persona, String goal, String step) {
        signInAs(persona);
        Long goalId = Fixtures.goal(Fixtures.personId(persona), null, goal, step);
        browser.open(url("/goals/" + goalId));
        browser.button("Mark achieved").click();
        browser.waitForText("You did it!");
    }
}
