package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.goals.Goal;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * From two empty accounts: a mentee invites a mentor, shares a roadblock, and they meet. The
 * agenda writes itself, each side adds points (one private), they take notes, the mentor gives the
 * mentee an action that becomes her step, a point not covered moves to the next session, and once
 * the mentorship ends the former mentor finds nothing.
 */
@QuarkusTest
class MentoringSessionsJourneyTest extends BrowserJourneyTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSessionFromTheAgendaToAStepDoneAndOn() throws Exception {
        Newcomer mentee = Newcomer.signUp("sessions-mentee");
        Newcomer mentor = Newcomer.signUp("sessions-mentor");
        browser.adopt(url(""), mentee.session().cookies());

        browser.open(url("/people"));
        browser.button("Invite a mentor").click();
        browser.waitForText("Your invitation link");
        String link = browser.field("Invitation link").getAttribute("value");

        try (Browser theMentor = new Browser()) {
            theMentor.adopt(url(""), mentor.session().cookies());
            theMentor.open(link.replaceFirst("^https?://[^/]+", url("")));
            theMentor.button("Accept").click();
            theMentor.waitForText("You're their mentor now.");

            // They agree on what to work on, and towards which of her north stars (one of its goals
            // she shares with mentors; the other star's goals she keeps): he drafts it, she confirms.
            Long lead = Fixtures.northStar(mentee.id(), "Lead a delivery team");
            Fixtures.share(Goal.class, Fixtures.goal(mentee.id(), lead, "Own the release train"));
            Fixtures.goal(mentee.id(), Fixtures.northStar(mentee.id(), "Open a bakery"), "Write the plan");
            theMentor.open(theMentor.driver.getCurrentUrl().replaceFirst("#.*", ""));
            theMentor.disclosure("Draft an agreement").click();
            assertThat(theMentor.text()).doesNotContain("Open a bakery");
            theMentor
                    .field("What " + mentee.displayName() + " wants to work on")
                    .sendKeys("Owning delivery end to end");
            theMentor.driver.findElement(By.id("agreement-star-" + lead)).click();
            new org.openqa.selenium.support.ui.Select(theMentor.field("Meet")).selectByVisibleText("Every 2 weeks");
            theMentor.button("Save the agreement").click();
            theMentor.waitForText("Agreement saved.");
            theMentor.assertAccessible();
            browser.open(url("/people"));
            browser.link("Sessions with " + mentor.displayName()).click();
            browser.waitForText("Owning delivery end to end");
            browser.button("I agree").click();
            browser.waitForText("Agreed. You both confirmed it.");
            assertThat(browser.text()).contains("Both of you agreed", "Meet every 2 weeks", "Lead a delivery team");
            browser.screenshot("MentoringSessionsJourneyTest-agreed");

            // She shares this week's check-in with her new mentor.
            browser.open(url("/check-ins/this-week"));
            browser.waitForText("This week's check-in");
            browser.field("Wins this week").sendKeys("Ran my first design review");
            browser.field("Roadblocks").sendKeys("Nobody owns the flaky deploy");
            browser.driver
                    .findElement(By.cssSelector("input[name=confidence][value='3']"))
                    .click();
            WebElement share = browser.field("Let my mentors read this check-in");
            if (!share.isSelected()) {
                share.click();
            }
            browser.button("Check in").click();
            browser.waitForText("Checked in. Well done");

            // He plans a session from her card; its agenda already holds her roadblock.
            theMentor.open(url("/mentoring"));
            theMentor.link("Plan a session").click();
            theMentor.waitForText("Plan a session");
            LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
            theMentor.setValue("Day", tomorrow.toString());
            theMentor.setValue("Starts at", "10:00");
            theMentor.field("Place or link (optional)").sendKeys("https://meet.example.com/waypoint");
            theMentor.assertAccessible();
            theMentor.button("Plan session").click();
            theMentor.waitForText("Session planned.");
            assertThat(theMentor.text()).contains("Roadblock Nobody owns the flaky deploy");
            String session = theMentor.driver.getCurrentUrl().replaceFirst("\\?.*$", "");

            addPoint(theMentor, "How the design review went", "Both of us");
            addPoint(theMentor, "Ask about the reorg", "Only me");
            theMentor.assertAccessible();
            // Reordered with the keyboard alone.
            theMentor
                    .driver
                    .findElement(By.xpath("//button[contains(., 'Move down: How the design review went')]"))
                    .sendKeys(Keys.ENTER);
            theMentor.waitForText("Talking point moved.");
            theMentor.waitUntil(() -> theMentor
                    .driver
                    .findElement(By.cssSelector("#points li:first-child"))
                    .getText()
                    .contains("Ask about the reorg"));

            browser.open(session);
            browser.waitForText("How the design review went");
            assertThat(browser.text()).doesNotContain("Ask about the reorg");
            addPoint(browser, "Whether to take the on-call lead", "Both of us");
            browser.field("Both of you can read and change these.").sendKeys("Agreed: find an owner by Friday.");
            browser.button("Save shared notes").click();
            browser.waitForText("Shared notes saved.");
            browser.field("Only you can read these.").sendKeys("Felt nervous, but it went fine.");
            browser.button("Save private notes").click();
            browser.waitForText("Your private notes are saved.");

            theMentor.open(session);
            assertThat(theMentor.text())
                    .contains("Agreed: find an owner by Friday.")
                    .doesNotContain("Felt nervous");
            theMentor.field("Add an action").sendKeys("Ask the platform lead to own the deploy");
            theMentor.button("Add action").click();
            theMentor.waitForText("Action added.");

            // She turns it into a step of a new goal, and ticks the step there.
            browser.open(session);
            browser.disclosure("Make it a step").click();
            browser.button("Add as a step").click();
            browser.waitForText("It's a step of this goal now.");
            browser.driver
                    .findElement(
                            By.xpath("//button[.//span[normalize-space()='Ask the platform lead to own the deploy']]"))
                    .click();
            browser.waitForText("Step done. Nice.");

            theMentor.open(session);
            assertThat(theMentor
                            .driver
                            .findElement(By.cssSelector("#actions li"))
                            .getText())
                    .contains("Ask the platform lead to own the deploy")
                    .contains("Done");

            // The next session is planned; once this one is over and held, what was not covered moves on.
            theMentor.open(url(session.substring(session.indexOf("/mentorships/"), session.indexOf("/sessions/"))));
            theMentor.setValue("Day", tomorrow.plusDays(14).toString());
            theMentor.setValue("Starts at", "10:00");
            theMentor.button("Plan session").click();
            theMentor.waitForText("Session planned.");
            String next = theMentor.driver.getCurrentUrl().replaceFirst("\\?.*$", "");

            theMentor.open(session);
            theMentor.button("How the design review went").click();
            theMentor.waitForText("Covered.");
            clock.set(tomorrow.atTime(11, 30).toInstant(ZoneOffset.UTC));
            theMentor.open(session);
            theMentor.button("Mark as held").click();
            theMentor.waitForText("Marked as held.");
            theMentor.open(next);
            assertThat(theMentor.driver.findElement(By.id("points")).getText())
                    .contains("Whether to take the on-call lead")
                    .contains("Ask about the reorg")
                    .doesNotContain("How the design review went");
            theMentor.assertAccessible();
            theMentor.screenshot("MentoringSessionsJourneyTest-next-session");

            browser.open(session);
            browser.field("A line about it (optional)").sendKeys("Clear next steps");
            browser.driver
                    .findElement(By.cssSelector("input[name=helpful][value=YES]"))
                    .click();
            browser.button("Save").click();
            browser.waitForText("Thanks for saying.");
            browser.screenshot("MentoringSessionsJourneyTest-held-session");
            browser.screenshot("MentoringSessionsJourneyTest-held-session-phone", 390);
            browser.resize(390);
            assertThat(browser.scrollsSideways())
                    .as("the session page on a phone")
                    .isFalse();

            // She closes the mentorship with a reflection and keeps what they achieved; he finds nothing of it any
            // more.
            browser.resize(1280);
            String mentorship = session.substring(0, session.indexOf("/sessions/"));
            browser.open(mentorship);
            browser.disclosure("Close the mentorship").click();
            new org.openqa.selenium.support.ui.Select(browser.field("Why it ends"))
                    .selectByVisibleText("We reached what we set out to do");
            browser.field("What went well (optional)").sendKeys("Honest, kind and to the point");
            browser.field("What we achieved").sendKeys("- The deploy has an owner now");
            browser.assertAccessible();
            browser.button("Close the mentorship").click();
            browser.waitForText("Mentorship closed.");
            assertThat(browser.text()).contains("How it ended", "Honest, kind and to the point");
            browser.screenshot("MentoringSessionsJourneyTest-closed");
            browser.screenshot("MentoringSessionsJourneyTest-closed-phone", 390);
            browser.resize(1280);
            browser.button("Add to my milestones and brag document").click();
            browser.waitForText("Kept as a milestone.");
            browser.open(url("/milestones/brag"));
            browser.waitForText("The deploy has an owner now");
            theMentor.open(session);
            theMentor.waitForText("We could not find that page");
            theMentor.open(mentorship);
            theMentor.waitForText("We could not find that page");
            browser.open(session);
            browser.waitForText("Agreed: find an owner by Friday.");
        }
    }

    private static void addPoint(Browser who, String text, String audience) {
        who.field("Add a talking point").sendKeys(text);
        new org.openqa.selenium.support.ui.Select(who.field("Who sees it")).selectByVisibleText(audience);
        who.button("Add point").click();
        who.waitUntil(() -> who.driver.findElement(By.id("points")).getText().contains(text));
    }
}
