package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.milestones.Milestone;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Persona;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

@QuarkusTest
class MentoringJourneyTest extends BrowserJourneyTest {

    @Test
    void aliceInvitesBobWhoSeesOnlyWhatSheSharedUntilSheEndsIt() throws Exception {
        signInAs(Persona.ALICE);
        Long alice = Fixtures.personId(Persona.ALICE);
        // Other tests give Alice mentors of their own; this journey starts with none.
        Fixtures.endMentorshipsOf(alice);
        Long shared = Fixtures.goal(alice, null, "Speak at a conference", "Submit a proposal");
        Long secret = Fixtures.goal(alice, null, "Look for a new job quietly");
        Long checkIn = Fixtures.checkIn(alice, Fixtures.pastWeekWithoutCheckIn(alice), "Proposal submitted", null, 4);
        Fixtures.share(CheckIn.class, checkIn);
        Fixtures.share(Milestone.class, Fixtures.milestone(alice, "Gave my first meetup talk"));
        Fixtures.milestone(alice, "Asked for a raise");

        browser.open(url("/goals/" + shared));
        browser.button("Share with my mentors").click();
        browser.waitForText("Stop sharing with my mentors");
        browser.link("People").click();
        browser.waitForText("Your people");
        browser.button("Invite a mentor").click();
        browser.waitForText("Your invitation link");
        String link = browser.field("Invitation link").getAttribute("value");
        browser.assertAccessible();

        try (Browser bob = new Browser()) {
            bob.open(url("/"));
            bob.link("Sign in").click();
            bob.button("bob").click();
            bob.waitForText("Hello, ");
            bob.open(link.replaceFirst("^https?://[^/]+", url("")));
            bob.waitForText("Alice invites you");
            bob.assertAccessible();
            bob.button("Accept").click();
            bob.waitForText("You're their mentor now.");
            assertThat(bob.text()).contains("Nothing agreed yet").doesNotContain("Look for a new job quietly");
            bob.assertAccessible();
            bob.link("Mentees").click();
            bob.waitForText("Your mentees");
            assertThat(bob.text()).contains("Speak at a conference").doesNotContain("Look for a new job quietly");
            bob.assertAccessible();

            bob.link("Speak at a conference").click();
            bob.waitForText("Alice shared this goal with you as a mentor.");
            bob.field("Your comment").sendKeys("This is going to be great. Happy to review the slides.");
            bob.button("Comment").click();
            bob.waitForText("Bob commented");

            bob.open(url("/mentoring"));
            bob.driver.findElement(By.partialLinkText("Week ")).click();
            bob.waitForText("Proposal submitted");
            bob.button("Mark as read").click();
            bob.waitForText("Bob read it");
            bob.screenshot("MentoringJourneyTest-bob");

            // From the check-in, the breadcrumb leads to everything Alice shares with him.
            bob.driver
                    .findElement(By.cssSelector(".breadcrumb a[href^='/mentoring/mentees/']"))
                    .click();
            bob.waitForText("Shared goals");
            assertThat(bob.text())
                    .contains("Speak at a conference", "Alice shared these with you as a mentor.")
                    .doesNotContain("Look for a new job quietly");
            bob.assertAccessible();
            bob.screenshot("MentoringJourneyTest-mentee");
            bob.screenshot("MentoringJourneyTest-mentee-phone", 390);

            // The milestones she shares are there too, and open to him; the others are not.
            assertThat(bob.text()).contains("Shared milestones").doesNotContain("Asked for a raise");
            bob.link("Gave my first meetup talk").click();
            bob.waitForText("Alice shared this milestone with you.");
            bob.assertAccessible();

            browser.open(url("/goals/" + shared));
            browser.waitForText("Happy to review the slides");
            // Other tests may have given Alice more mentors; Bob must be among those named.
            assertThat(browser.text())
                    .containsPattern("You and (.+, |.+ and )?Bob \\(your mentors?\\) can see this goal\\.");

            browser.link("People").click();
            browser.driver
                    .findElement(By.xpath("//summary[starts-with(normalize-space(), 'End mentorship')]"))
                    .click();
            browser.driver
                    .findElement(By.xpath("//button[starts-with(normalize-space(), 'Yes, end it')]"))
                    .click();
            browser.waitForText("No mentors yet");

            bob.open(url("/goals/" + shared));
            bob.waitForText("We could not find that page");
            bob.open(url("/goals/" + secret));
            bob.waitForText("We could not find that page");
        }
    }
}
