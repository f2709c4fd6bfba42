package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Persona;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInJourneyTest extends BrowserJourneyTest {

    @Test
    void aVisitorSignsInAsAliceIsGreetedAndSignsOut() {
        browser.open(url("/"));
        assertThat(browser.heading(1).getText()).contains("Turn far-off career dreams");
        browser.assertAccessible();

        browser.link("Sign in to start").click();
        browser.button("alice").click();
        browser.waitForText("Hello, Alice!");
        assertThat(browser.heading(1).getText()).isEqualTo("Hello, Alice!");
        browser.assertAccessible();

        browser.button("Sign out").click();
        browser.waitForText("Turn far-off career dreams");
        assertThat(browser.link("Sign in").isDisplayed()).isTrue();
        assertThat(browser.text()).doesNotContain("Hello, Alice");

        browser.open(url("/profile"));
        assertThat(browser.driver.getCurrentUrl())
                .as("signed out: the provider asks again")
                .contains("/authorize");
    }

    @Test
    void signingOutEverywhereEndsTheSessionInTheOtherBrowserToo() throws Exception {
        signInAs(Persona.ERIN);
        try (Browser phone = new Browser()) {
            phone.open(url("/"));
            phone.link("Sign in").click();
            phone.button("erin").click();
            phone.waitForText("Hello, Erin");

            browser.link("Profile").click();
            browser.waitForText("Signed in somewhere else?");
            browser.assertAccessible();
            browser.driver
                    .findElement(org.openqa.selenium.By.xpath("//summary[normalize-space()='Sign out everywhere…']"))
                    .click();
            browser.screenshot("SignInJourneyTest-sign-out-everywhere");
            browser.button("Yes, sign me out on every device").click();
            browser.waitForText("Turn far-off career dreams");

            phone.open(url("/goals"));
            assertThat(phone.driver.getCurrentUrl())
                    .as("the other browser's session ended on the server")
                    .contains("/authorize");
        }
    }

    @Test
    void thePersonaPickerOffersEveryPersona() {
        browser.open(url("/"));
        browser.link("Sign in").click();
        for (Persona persona : Persona.values()) {
            assertThat(browser.button(persona.username()).isDisplayed()).isTrue();
        }
    }
}
