package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Persona;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

@QuarkusTest
class CheckInJourneyTest extends BrowserJourneyTest {

    @Test
    void aCheckInWithAGoalUpdateMovesConsistency() {
        signInAs(Persona.ALICE);
        Long goalId = Fixtures.goal(
                Fixtures.personId(Persona.ALICE),
                null,
                "Write a design doc",
                "Draft the problem statement",
                "Get two reviews");
        browser.open(url("/"));
        // Other tests may have given Alice earlier weeks, but never this one.
        int before = weeksCheckedIn();

        browser.link("Check-in").click();
        browser.waitForText("This week's check-in");
        browser.assertAccessible();
        browser.button("Draft the problem statement").click();
        browser.waitUntil(() ->
                "true".equals(browser.button("Draft the problem statement").getAttribute("aria-pressed")));

        browser.field("Wins this week").sendKeys("Found a quiet hour every morning");
        browser.field("Write a design doc (0%)").sendKeys("Problem statement drafted");
        browser.waitForText("Draft saved at");
        browser.field("Roadblocks").sendKeys("Too many meetings on Tuesday");
        browser.field("Focus for next week").sendKeys("Ask for two reviews");
        browser.driver
                .findElement(By.cssSelector("input[name=confidence][value='4']"))
                .click();
        browser.button("Check in").click();
        browser.waitForText("Checked in. Well done");

        browser.link("Dashboard").click();
        browser.waitForText("Done for this week");
        assertThat(weeksCheckedIn()).isEqualTo(before + 1);
        assertThat(browser.text()).contains("Found a quiet hour every morning");
        browser.open(url("/goals/" + goalId));
        browser.waitForText("1 of 2 steps");
    }

    @Test
    void pausingAWeekTakesItOutOfTheCount() {
        signInAs(Persona.BOB);
        browser.link("Check-in").click();
        browser.link("Check-ins").click();
        browser.waitForText("Your weekly check-ins");
        browser.field("Reason (optional, only you see it)").sendKeys("Holiday");
        browser.button("Pause week").click();
        browser.waitForText("Un-pause");
        browser.assertAccessible();

        browser.link("Dashboard").click();
        browser.waitForText("This week is paused");
    }

    /**
     * From an empty account: typing and pressing "Check in" at once sends the autosave and the
     * submit together; the check-in goes in with every word, and a checked-in week can't be paused.
     */
    @Test
    void checkingInWhileTheAutosaveIsOnItsWayKeepsEveryWordAndTheWeekCannotBePausedAfter() {
        dev.waypoint.support.Newcomer me = dev.waypoint.support.Newcomer.signUp("quick-checker");
        browser.adopt(url(""), me.session().cookies());
        browser.open(url("/check-ins/this-week"));
        browser.waitForText("This week's check-in");

        browser.field("Wins this week").sendKeys("Shipped the search page");
        browser.field("Roadblocks").sendKeys("Flaky staging");
        // Picking a confidence fires the autosave, and the submit follows at once.
        browser.driver
                .findElement(By.cssSelector("input[name=confidence][value='4']"))
                .click();
        browser.button("Check in").click();
        browser.waitForText("Checked in. Well done");
        assertThat(browser.text()).doesNotContain("Something went wrong").contains("Update check-in");
        assertThat(browser.driver.findElements(By.xpath("//button[normalize-space()='Save draft']")))
                .isEmpty();
        assertThat(browser.field("Wins this week").getAttribute("value")).isEqualTo("Shipped the search page");
        assertThat(browser.field("Roadblocks").getAttribute("value")).isEqualTo("Flaky staging");

        browser.link("Check-ins").click();
        browser.waitForText("Your weekly check-ins");
        browser.field("Reason (optional, only you see it)").sendKeys("Conference");
        browser.button("Pause week").click();
        browser.waitForText("already checked in that week");
        assertThat(browser.messageBeside("Week")).contains("already checked in that week, so it counts");
        assertThat(browser.field("Reason (optional, only you see it)").getAttribute("value"))
                .isEqualTo("Conference");
        assertThat(browser.text()).doesNotContain("Un-pause");
        browser.assertAccessible();
    }

    @Test
    void reflectingOnAnAchievedGoalAndSeeingTheInsights() {
        signInAndAchieve(Persona.CAROL, "Run a team retro", "Pick a format");

        browser.link("Reflect on this goal").click();
        browser.waitForText("Looking back on");
        browser.driver
                .findElement(By.cssSelector("input[name=meaningful][value='5']"))
                .click();
        browser.field("What did you learn?").sendKeys("People open up when the format is playful");
        browser.driver
                .findElement(By.cssSelector("input[name=chooseAgain][value='YES']"))
                .click();
        browser.assertAccessible();
        browser.button("Save reflection").click();
        browser.waitForText("Your reflection is saved");

        browser.link("Insights").click();
        browser.waitForText("Which kinds of goals felt meaningful");
        assertThat(browser.driver.findElements(By.cssSelector("svg[role=img]")).size())
                .isGreaterThanOrEqualTo(3);
        assertThat(browser.driver.findElement(By.id("meaning-desc")).getAttribute("textContent"))
                .contains("Technical: 5.0 of 5");
        browser.assertAccessible();
    }

    /** N in the dashboard's "Consistency: N of (the last) M weeks"; 0 in a first week with nothing to count. */
    private int weeksCheckedIn() {
        String card =
                browser.driver.findElement(By.cssSelector(".check-in-card")).getText();
        if (card.contains("Consistency: nothing to count yet")) {
            return 0;
        }
        Matcher consistency = Pattern.compile("Consistency: (\\d+) of ").matcher(card);
        assertThat(consistency.find()).as(card).isTrue();
        return Integer.parseInt(consistency.group(1));
    }
}
