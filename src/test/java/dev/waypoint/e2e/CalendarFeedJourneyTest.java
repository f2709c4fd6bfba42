package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Newcomer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Someone turns on their calendar feed, copies its address, gives it a new one and turns it off. */
@QuarkusTest
class CalendarFeedJourneyTest extends BrowserJourneyTest {

    @Test
    void theAddressIsShownOnceWorksUntilReplacedAndStopsWhenTurnedOff() throws Exception {
        Newcomer me = Newcomer.signUp("planner");
        browser.adopt(url(""), me.session().cookies());
        browser.open(url("/profile"));
        browser.waitForText("Calendar feed");
        browser.button("Turn on a calendar feed").click();
        browser.waitForText("Your calendar feed's address");

        String first = browser.field("Calendar feed address").getAttribute("value");
        assertThat(first).startsWith(url("/calendar/")).endsWith(".ics");
        assertThat(browser.text()).contains("Your calendar feed is on");
        browser.button("Copy address").click();
        browser.waitUntil(() -> !browser.driver
                .findElement(By.id("announcer"))
                .getAttribute("textContent")
                .isBlank());
        assertThat(browser.driver.findElement(By.id("announcer")).getAttribute("textContent"))
                .containsAnyOf("Address copied", "the link is selected");
        browser.assertAccessible();
        browser.screenshot("CalendarFeedJourneyTest-address");
        browser.screenshot("CalendarFeedJourneyTest-address-phone", 390);
        assertThat(browser.scrollsSideways()).isFalse();
        assertThat(RestAssured.get(first).then().statusCode(200).extract().contentType())
                .startsWith("text/calendar");

        browser.resize(1280);
        browser.open(url("/profile"));
        assertThat(browser.text()).doesNotContain(first);
        browser.button("Give it a new address").click();
        browser.waitForText("Your calendar feed's address");
        String second = browser.field("Calendar feed address").getAttribute("value");
        assertThat(second).isNotEqualTo(first);
        RestAssured.get(first).then().statusCode(404);
        RestAssured.get(second).then().statusCode(200);

        browser.button("Turn the feed off").click();
        browser.waitForText("Calendar feed turned off");
        assertThat(browser.text()).contains("Turn on a calendar feed");
        RestAssured.get(second).then().statusCode(404);
        browser.assertAccessible();
    }
}
