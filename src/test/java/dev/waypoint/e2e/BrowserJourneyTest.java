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
    /**
     * Signs in as someone new (the dev provider's "custom user" form), so a journey that changes
     * a profile changes nobody another journey relies on. Answers the name.
     */
    protected String signInAsNewcomer(String prefix) {
        String name = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        browser.open(url("/"));
        browser.link("Sign in").click();
        var form = browser.driver
                .findElements(org.openqa.selenium.By.tagName("form"))
                .get(1);
        form.findElement(org.openqa.selenium.By.name("name")).sendKeys(name);
        var roles = form.findElement(org.openqa.selenium.By.name("roles"));
        roles.clear();
        roles.sendKeys("user");
        form.findElement(org.openqa.selenium.By.name("login")).click();
        browser.waitForText("Hello, ");
        return name;
    }

    protected void signInAs(Persona persona) {
        browser.open(url("/"));
        browser.link("Sign in").click();
        browser.button(persona.username()).click();
        browser.waitForText("Hello, ");
    }
}
