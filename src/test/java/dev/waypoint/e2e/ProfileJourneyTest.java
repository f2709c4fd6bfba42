package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Persona;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

@QuarkusTest
class ProfileJourneyTest extends BrowserJourneyTest {

    /** Bob and Dave take part in other journeys too: they leave as they came. */
    @org.junit.jupiter.api.AfterEach
    void personasAsTheyWere() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            dev.waypoint.people.Person.update("timeZone = 'UTC' where subject = 'bob'");
            dev.waypoint.people.Person.update("displayName = 'Dave' where subject = 'dave'");
        });
    }

    @Test
    void changingTheTimeZoneSavesInPlaceAndABadValueIsExplainedBesideTheField() {
        signInAs(Persona.BOB);
        browser.link("Profile").click();
        browser.waitForText("Your profile");
        browser.assertAccessible();
        // A marker that a full page load would wipe out.
        browser.driver.executeScript("window.stillTheSamePage = true;");

        WebElement timeZone = browser.field("Time zone");
        timeZone.click();
        // The suggestions arrive once the field has focus.
        browser.waitUntil(() -> ((Number)
                                browser.driver.executeScript(
                                        "return document.querySelectorAll('#time-zones option[value=\"Europe/Lisbon\"]').length;"))
                        .intValue()
                == 1);
        timeZone.clear();
        timeZone.sendKeys("Europe/Lisbon");
        browser.button("Save profile").click();
        browser.waitForText("Saved. Your profile is up to date.");

        assertThat(browser.field("Time zone").getAttribute("value")).isEqualTo("Europe/Lisbon");
        assertThat(browser.driver.executeScript("return window.stillTheSamePage === true;"))
                .isEqualTo(true);

        WebElement again = browser.field("Time zone");
        again.clear();
        again.sendKeys("Atlantis/Lost_City");
        browser.button("Save profile").click();
        browser.waitForText("We don't know the time zone");

        assertThat(browser.messageBeside("Time zone")).contains("Atlantis/Lost_City");
        assertThat(browser.field("Time zone").getAttribute("value")).isEqualTo("Atlantis/Lost_City");
        assertThat(browser.focused().getAttribute("id")).isEqualTo("timeZone");
        assertThat(browser.driver.executeScript("return window.stillTheSamePage === true;"))
                .isEqualTo(true);
        browser.assertAccessible();
    }

    @Test
    void theSkipLinkNavigationAndProfileFormWorkWithTheKeyboardAlone() {
        signInAs(Persona.DAVE);

        browser.focused().sendKeys(Keys.TAB);
        assertThat(browser.focused().getText()).isEqualTo("Skip to content");
        browser.focused().sendKeys(Keys.ENTER);
        browser.waitUntil(() -> "main".equals(browser.focused().getAttribute("id")));

        browser.open(url("/"));
        tabUntilFocused("Profile");
        browser.focused().sendKeys(Keys.ENTER);
        browser.waitForText("Your profile");

        tabUntilFocusedField("displayName");
        browser.focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), "Dave from the keyboard");
        tabUntilFocused("Save profile");
        browser.focused().sendKeys(Keys.ENTER);
        browser.waitForText("Saved. Your profile is up to date.");

        assertThat(browser.field("Display name").getAttribute("value")).isEqualTo("Dave from the keyboard");
        assertThat(browser.text()).contains("Dave from the keyboard");
    }

    private void tabUntilFocused(String text) {
        for (int presses = 0; presses < 30; presses++) {
            if (text.equals(browser.focused().getText().strip())) {
                return;
            }
            browser.focused().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached \"" + text + "\"");
    }

    private void tabUntilFocusedField(String id) {
        for (int presses = 0; presses < 30; presses++) {
            if (id.equals(browser.focused().getAttribute("id"))) {
                return;
            }
            browser.focused().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the field " + id);
    }
}
