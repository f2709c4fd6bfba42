package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Persona;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

@QuarkusTest
class MilestoneJourneyTest extends BrowserJourneyTest {

    @Test
    void aMilestoneInHindsightASuggestionTurnedIntoOneAndABragDocument() {
        signInAndAchieve(Persona.ERIN, "Pass the cloud associate exam", "Book it");

        browser.link("Milestones").click();
        browser.waitForText("Your milestones");
        browser.assertAccessible();
        browser.link("Add a milestone").click();
        browser.field("What happened").sendKeys("Joined my first startup");
        browser.driver.executeScript("arguments[0].value = '2018-09-03';", browser.field("When"));
        browser.field("I only remember the month").click();
        browser.field("The story").sendKeys("Small team, big lessons.");
        browser.button("Save milestone").click();
        browser.waitForText("September 2018");
        browser.assertAccessible();

        browser.link("Milestones").click();
        browser.waitForText("Could these be milestones?");
        browser.driver
                .findElement(By.xpath("//a[starts-with(normalize-space(), 'Make it a milestone')]"))
                .click();
        browser.waitForText("From: Achieved goal");
        assertThat(browser.field("What happened").getAttribute("value")).isEqualTo("Pass the cloud associate exam");
        new org.openqa.selenium.support.ui.Select(browser.field("Kind")).selectByVisibleText("Certification");
        browser.button("Save milestone").click();
        browser.waitForText("Only you can see this milestone.");

        browser.link("Milestones").click();
        browser.waitForText("Your milestones");
        assertThat(browser.text()).doesNotContain("Could these be milestones?");
        assertThat(browser.text()).contains("2018").contains("Joined my first startup");

        browser.link("Brag document").click();
        browser.waitForText("Your brag document");
        assertThat(browser.driver.findElement(By.cssSelector("pre.markdown")).getText())
                .contains("Pass the cloud associate exam");
        browser.assertAccessible();
        Object downloaded = browser.driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var link = Array.from(document.querySelectorAll('a')).find(a => a.textContent.includes('Download as Markdown'));"
                        + "fetch(link.href).then(r => r.text().then(t => done(r.headers.get('content-disposition') + '\\n' + t)));");
        assertThat(String.valueOf(downloaded))
                .contains("attachment")
                .contains("# What")
                .contains("Pass the cloud associate exam");
    }
}
