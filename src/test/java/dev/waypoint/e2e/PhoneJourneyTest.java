package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A newcomer on a 390-pixel phone: the week's check-in first, the places behind a menu, links to pass on. */
@QuarkusTest
class PhoneJourneyTest extends BrowserJourneyTest {

    @Test
    void onAPhoneTheCheckInComesFirstAndThePlacesFoldIntoAMenu() {
        Newcomer newcomer = Newcomer.signUp("phone");
        Long goal = Fixtures.goal(newcomer.id(), null, "Write a conference proposal", "Pick a topic", "Draft it");
        browser.adopt(url(""), newcomer.session().cookies());
        browser.resize(390);
        browser.open(url("/"));
        browser.waitForText("This week's check-in");

        int checkIn = browser.driver
                .findElement(By.cssSelector(".dashboard-now"))
                .getRect()
                .getY();
        int goals = browser.driver
                .findElement(By.cssSelector(".dashboard-main"))
                .getRect()
                .getY();
        assertThat(checkIn).as("the check-in above the goals").isLessThan(goals);
        assertThat(checkIn).as("near the top of the page").isLessThan(600);

        WebElement menu = browser.button("Menu");
        assertThat(browser.link("Goals").isDisplayed()).isFalse();
        menu.click();
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.link("Goals").isDisplayed()).isTrue();
        browser.focused().sendKeys(Keys.ESCAPE);
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.focused().getText()).isEqualTo("Menu");
        menu.click();
        browser.link("Goals").click();
        browser.waitForText("Your goals");
        assertThat(browser.scrollsSideways()).isFalse();

        // A step's moves, edit and delete sit on one line beside it.
        browser.open(url("/goals/" + goal));
        browser.waitForText("Draft it");
        List<WebElement> actions =
                browser.driver.findElements(By.cssSelector("#steps .step:first-child .step-actions > * "));
        assertThat(actions).hasSizeGreaterThanOrEqualTo(3);
        assertThat(actions.stream().map(action -> action.getRect().getY()).distinct())
                .as("one line of step actions")
                .hasSize(1);
        assertThat(browser.scrollsSideways()).isFalse();
    }

    @Test
    void anInvitationLinkIsOnTheAddressInUseAndCanBeCopied() {
        Newcomer inviter = Newcomer.signUp("copier");
        browser.adopt(url(""), inviter.session().cookies());
        browser.resize(390);
        browser.open(url("/people"));
        browser.button("Invite a mentor").click();
        browser.waitForText("Your invitation link");

        assertThat(browser.field("Invitation link").getAttribute("value")).startsWith(url("/invitations/"));
        WebElement copy = browser.button("Copy link");
        assertThat(copy.isDisplayed()).isTrue();
        copy.click();
        browser.waitUntil(() -> !browser.driver
                .findElement(By.id("announcer"))
                .getAttribute("textContent")
                .isBlank());
        assertThat(browser.driver.findElement(By.id("announcer")).getAttribute("textContent"))
                .containsAnyOf("Link copied", "the link is selected");
        assertThat(browser.scrollsSideways()).isFalse();
        browser.assertAccessible();
    }
}
