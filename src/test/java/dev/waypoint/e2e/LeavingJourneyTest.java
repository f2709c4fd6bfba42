package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.people.Person;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** Someone leaves Waypoint from Your data: their name typed, everything of theirs gone, signed out. */
@QuarkusTest
class LeavingJourneyTest extends BrowserJourneyTest {

    @Test
    void deletingTheAccountAsksForTheNameThenRemovesEverythingAndSignsOut() {
        Newcomer leaving = Newcomer.signUp("leaving");
        Fixtures.goal(leaving.id(), null, "Write my farewell note", "Draft it");
        browser.adopt(url(""), leaving.session().cookies());
        browser.open(url("/"));
        browser.link("Your data").click();
        browser.waitForText("Delete your account");
        browser.assertAccessible();

        String label = "To confirm, type your name: " + leaving.displayName();
        browser.field(label).sendKeys("Someone else");
        browser.button("Delete my account and all my data").click();
        browser.waitForText("Nothing was deleted");
        assertThat(browser.focused().getAttribute("id")).as("back in the field").isEqualTo("confirm-name");
        assertThat(browser.focused().getAttribute("value")).isEqualTo("Someone else");
        browser.assertAccessible();

        WebElement name = browser.field(label);
        name.clear();
        name.sendKeys(leaving.displayName());
        browser.button("Delete my account and all my data").click();
        browser.waitForText("Your account and everything in it are deleted");

        assertThat(browser.text()).contains("Sign in").doesNotContain("Write my farewell note");
        Person gone = QuarkusTransaction.requiringNew().call(() -> Person.findById(leaving.id()));
        assertThat(gone).isNull();
        browser.open(url("/goals"));
        assertThat(browser.text()).as("the old session is over").doesNotContain("Write my farewell note");
    }
}
