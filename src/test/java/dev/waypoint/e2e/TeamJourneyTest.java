package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Persona;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

@QuarkusTest
class TeamJourneyTest extends BrowserJourneyTest {

    @Test
    void carolStartsATeamDaveJoinsAndSharesAGoalAndMallorySeesNothing() throws Exception {
        signInAs(Persona.CAROL);
        browser.link("Teams").click();
        browser.waitForText("Your teams");
        browser.field("Team name").sendKeys("Growth guild");
        browser.button("Create team").click();
        browser.waitForText("Growth guild");
        String board = browser.driver.getCurrentUrl();
        browser.assertAccessible();
        browser.link("Manage team").click();
        browser.button("Invite a member").click();
        browser.waitForText("Invitation link");
        String link = browser.field("Invitation link").getAttribute("value");

        try (Browser dave = new Browser()) {
            dave.open(url("/"));
            dave.link("Sign in").click();
            dave.button("dave").click();
            dave.waitForText("Hello, ");
            Fixtures.goal(Fixtures.personId(Persona.DAVE), null, "Pair with a new hire every week", "Find a buddy");
            dave.open(link.replaceFirst("^https?://[^/]+", url("")));
            dave.waitForText("to join the team Growth guild");
            dave.button("Accept").click();
            dave.waitForText("Share one of your goals");
            new Select(dave.field("Goal")).selectByVisibleText("Pair with a new hire every week");
            dave.button("Share with the team").click();
            dave.waitForText("Take off the board");

            browser.open(board);
            browser.waitForText("Pair with a new hire every week");
            new Select(browser.field("Member")).selectByVisibleText("Dave");
            browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("member="));
            assertThat(browser.driver.findElements(By.cssSelector(".board-card h3")).stream()
                            .map(e -> e.getText())
                            .toList())
                    .containsExactly("Pair with a new hire every week");
            browser.open(board);
            browser.field("Team goal").sendKeys("Everyone gives one internal talk");
            browser.button("Add team goal").click();
            browser.waitForText("Everyone gives one internal talk");
            browser.assertAccessible();

            dave.open(board);
            // A card nobody has ticked anything on yet moves to "In progress" when sent there,
            // and the keyboard stays on it.
            dave.driver
                    .findElement(
                            By.xpath("//button[normalize-space()='In progress: move Pair with a new hire every week']"))
                    .sendKeys(org.openqa.selenium.Keys.ENTER);
            dave.waitUntil(() -> dave.driver
                    .findElement(By.cssSelector(".column-in-progress"))
                    .getText()
                    .contains("Pair with a new hire every week"));
            dave.waitUntil(() ->
                    "Pair with a new hire every week".equals(dave.focused().getText()));
            dave.driver
                    .findElement(
                            By.xpath("//button[normalize-space()='Achieved: move Pair with a new hire every week']"))
                    .click();
            dave.waitUntil(() -> dave.driver
                    .findElement(By.cssSelector(".column-achieved"))
                    .getText()
                    .contains("Pair with a new hire every week"));
            dave.screenshot("TeamJourneyTest-dave");

            browser.open(board);
            assertThat(browser.driver
                            .findElement(By.cssSelector(".column-achieved"))
                            .getText())
                    .contains("Pair with a new hire every week");
        }

        try (Browser mallory = new Browser()) {
            mallory.open(url("/"));
            mallory.link("Sign in").click();
            mallory.button("mallory").click();
            mallory.waitForText("Hello, ");
            mallory.open(board);
            mallory.waitForText("We could not find that page");
        }
    }
}
