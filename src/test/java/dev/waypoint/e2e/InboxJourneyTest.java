package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.goals.Goal;
import dev.waypoint.notifications.Outbox;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Inbox;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * From two empty accounts: Bob comments on the goal Alice shares with him; she sees the bell's
 * count, opens her inbox, follows the entry to the goal and the count drops. She takes comments as a
 * daily digest: the next morning's digest arrives once, with his next comment, and its unsubscribe
 * link, opened without signing in, turns those e-mails off.
 */
@QuarkusTest
class InboxJourneyTest extends BrowserJourneyTest {

    @Inject
    TestClock clock;

    @Inject
    Outbox outbox;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCommentRingsTheBellAndTheDigestComesNextMorning() throws Exception {
        Newcomer alice = Newcomer.signUp("inbox-alice");
        Newcomer bob = Newcomer.signUp("inbox-bob");
        Fixtures.mentorship(bob.id(), alice.id(), false);
        Long goal = Fixtures.goal(alice.id(), null, "Lead the platform guild");
        Fixtures.share(Goal.class, goal);
        browser.adopt(url(""), alice.session().cookies());

        try (Browser theMentor = new Browser()) {
            theMentor.adopt(url(""), bob.session().cookies());
            theMentor.open(url("/goals/" + goal));
            theMentor.field("Your comment").sendKeys("Strong first step, keep going");
            theMentor.button("Comment").click();
            theMentor.waitForText("Comment posted.");

            browser.open(url("/"));
            assertThat(bell()).isEqualTo("1");
            browser.screenshot("InboxJourneyTest-dashboard-new-for-you");
            browser.screenshot("InboxJourneyTest-dashboard-new-for-you-phone", 390);
            browser.driver.findElement(By.cssSelector(".inbox-link")).click();
            browser.waitForText("commented on your goal “Lead the platform guild”");
            browser.assertAccessible();
            browser.screenshot("InboxJourneyTest-inbox");
            browser.screenshot("InboxJourneyTest-inbox-phone", 390);
            browser.button(bob.displayName() + " commented on your goal “Lead the platform guild”")
                    .click();
            browser.waitForText("Strong first step, keep going");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/goals/" + goal);
            assertThat(bell()).as("read once opened").isEmpty();

            // Comments by e-mail, once a day.
            browser.open(url("/profile"));
            new Select(browser.field("Comments, cheers and reads on what you share"))
                    .selectByVisibleText("Daily digest");
            browser.button("Save e-mail choices").click();
            browser.waitForText("Saved. Waypoint e-mails you as you chose");
            browser.screenshot("InboxJourneyTest-email-choices");
            browser.screenshot("InboxJourneyTest-email-choices-phone", 390);

            theMentor.open(url("/goals/" + goal));
            theMentor.field("Your comment").sendKeys("Booked the room for your talk");
            theMentor.button("Comment").click();
            theMentor.waitForText("Comment posted.");
        }

        // The next morning, when her quiet hours end (08:00 in her zone, UTC for a newcomer).
        Instant nextMorning = LocalDate.now(ZoneOffset.UTC)
                .plusDays(1)
                .atTime(LocalTime.of(8, 1))
                .toInstant(ZoneOffset.UTC);
        clock.set(nextMorning);
        outbox.sendDue();
        clock.set(nextMorning.plus(Duration.ofHours(1)));
        outbox.sendDue();
        clock.reset();
        assertThat(Inbox.of(alice.email())).as("one digest").hasSize(1);
        Inbox.Email digest = Inbox.of(alice.email()).get(0);
        assertThat(digest.subject()).isEqualTo("Today in Waypoint: comments, cheers and reads on what you share");
        assertThat(digest.text()).contains(bob.displayName() + " commented on your goal “Lead the platform guild”");

        // Its unsubscribe link works in a browser without signing in, and stops that kind only.
        String link = digest.text().replaceFirst("(?s).*Stop these e-mails: (\\S+).*", "$1");
        try (Browser anyone = new Browser()) {
            anyone.open(link.replaceFirst("^https?://[^/]+", url("")));
            anyone.waitForText("Stop these e-mails?");
            anyone.screenshot("InboxJourneyTest-unsubscribe");
            anyone.screenshot("InboxJourneyTest-unsubscribe-phone", 390);
            anyone.button("Stop these e-mails").click();
            anyone.waitForText("Done: no more of these e-mails");
            anyone.assertAccessible();
        }
        browser.open(url("/profile"));
        assertThat(new Select(browser.field("Comments, cheers and reads on what you share"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Off");
        assertThat(new Select(browser.field("Mentoring sessions planned, moved or cancelled, and actions given to you"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("As it happens");
    }

    private String bell() {
        return browser.driver.findElements(By.cssSelector(".inbox-link .count-badge")).stream()
                .map(element -> element.getText())
                .findFirst()
                .orElse("");
    }
}
