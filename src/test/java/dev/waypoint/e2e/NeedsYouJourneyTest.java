package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkins.Week;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A mentor works down "Needs you": a mentee's roadblock is answered from its check-in, and a quiet
 * mentee is put off until next week by keyboard alone.
 */
@QuarkusTest
class NeedsYouJourneyTest extends BrowserJourneyTest {

    @Test
    void aRoadblockIsAnsweredAndAQuietMenteeCanWaitUntilNextWeek() throws Exception {
        Newcomer mentor = Newcomer.signUp("needs-journey-mentor");
        Newcomer mentee = Newcomer.signUp("needs-journey-mentee");
        Newcomer quiet = Newcomer.signUp("needs-journey-quiet");
        Fixtures.mentorship(mentor.id(), mentee.id(), false);
        Fixtures.mentorship(mentor.id(), quiet.id(), Instant.now().minus(Duration.ofDays(35)), false);

        try (Browser theMentee = new Browser()) {
            theMentee.adopt(url(""), mentee.session().cookies());
            theMentee.open(url("/check-ins/this-week"));
            theMentee.field("Wins this week").sendKeys("Paired on the importer");
            theMentee.field("Roadblocks").sendKeys("Nobody reviews my pull requests");
            theMentee.field("Focus for next week").sendKeys("Ask for two reviews");
            theMentee
                    .driver
                    .findElement(By.cssSelector("input[name=confidence][value='3']"))
                    .click();
            var sharing = theMentee.field("Let my mentors read this check-in");
            if (!sharing.isSelected()) {
                sharing.click();
            }
            theMentee.button("Check in").click();
            theMentee.waitForText("Checked in. Well done");
        }

        browser.adopt(url(""), mentor.session().cookies());
        browser.open(url("/mentoring"));
        browser.waitForText("Needs you");
        assertThat(items()).hasSize(2);
        assertThat(browser.text())
                .contains(mentee.displayName() + " shared Week", "with a roadblock", "Nobody reviews my pull requests")
                .contains(quiet.displayName() + " has been quiet lately");
        browser.assertAccessible();
        browser.screenshot("NeedsYouJourneyTest-list");
        browser.screenshot("NeedsYouJourneyTest-list-phone", 390);
        assertThat(browser.scrollsSideways()).isFalse();

        // Keyboard only: to the quiet mentee's "Not now", and Enter.
        var notNow = browser.button("Not now: " + quiet.displayName() + " has been quiet lately");
        notNow.sendKeys(Keys.ENTER);
        browser.waitForText("Not now, then. It comes back next week");
        browser.waitUntil(() -> items().size() == 1);
        browser.waitUntil(() -> browser.focused().getText().startsWith("Read it"));
        assertThat(browser.text()).doesNotContain("has been quiet lately");

        String week = Week.current(Clock.systemUTC(), ZoneOffset.UTC).label();
        browser.link("Read it: " + mentee.displayName() + " shared " + week + ", with a roadblock")
                .click();
        browser.waitForText("Nobody reviews my pull requests");
        browser.field("Your comment").sendKeys("Send them to me, I'll review one tomorrow");
        browser.button("Comment").click();
        browser.waitForText("Comment posted.");

        browser.open(url("/mentoring"));
        browser.waitForText("Nothing waits for you");
        assertThat(items()).isEmpty();
        browser.assertAccessible();
    }

    private java.util.List<org.openqa.selenium.WebElement> items() {
        return browser.driver.findElements(By.cssSelector("#needs-you li.needs-item"));
    }
}
