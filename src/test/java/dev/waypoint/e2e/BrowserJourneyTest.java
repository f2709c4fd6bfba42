package dev.waypoint.e2e;

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
}
