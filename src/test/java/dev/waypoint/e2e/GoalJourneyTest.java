package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Newcomer;
import dev.waypoint.support.Persona;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@QuarkusTest
class GoalJourneyTest extends BrowserJourneyTest {

    @Test
    void aNorthStarAndAGoalWithStepsWhoseBarMovesAsStepsAreTicked() {
        signInAs(Persona.CAROL);
        browser.link("Goals").click();
        browser.waitForText("Your goals");
        browser.assertAccessible();

        browser.link("New north star").click();
        browser.field("North star").sendKeys("Lead a platform team");
        browser.button("Save and add a first goal").click();
        browser.waitForText("A new short-term goal");
        browser.assertAccessible();

        browser.field("Goal").sendKeys("Run our first game day");
        browser.field("First steps (optional, one per line)")
                .sendKeys("Pick a failure to rehearse\nBook two hours\nWrite down what we learned");
        browser.button("Set goal").click();
        browser.waitForText("Run our first game day");
        assertThat(browser.text()).contains("Lead a platform team").contains("Only you can see this goal.");
        browser.assertAccessible();
        browser.driver.executeScript("window.stillTheSamePage = true;");

        browser.button("Pick a failure to rehearse").click();
        browser.waitUntil(() -> progressText().contains("33%"));
        browser.button("Book two hours").click();
        browser.waitUntil(() -> progressText().contains("66%"));

        assertThat(progressText()).contains("2 of 3 steps");
        assertThat(browser.button("Book two hours").getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(browser.driver.findElement(By.cssSelector(".star-progress")).getText())
                .contains("66%");
        assertThat(browser.driver.executeScript("return window.stillTheSamePage === true;"))
                .isEqualTo(true);

        browser.link("Dashboard").click();
        browser.waitForText("Hello, Carol!");
        assertThat(browser.text()).contains("Run our first game day").contains("Lead a platform team");
        browser.assertAccessible();
    }

    @Test
    void achievingAGoalIsCelebratedAndAMistakeCanBeUndone() {
        signInAs(Persona.ERIN);
        createGoal("Finish the security course", "Watch the last module");

        browser.button("Mark achieved").click();
        browser.waitForText("You did it!");
        assertThat(progressText()).contains("100%");
        browser.assertAccessible();

        browser.button("Undo: back to active").click();
        browser.waitForText("Status: Active");
        assertThat(browser.text()).doesNotContain("You did it!");
        assertThat(progressText()).contains("0%");
    }

    @Test
    void revisingAGoalShowsTheChangeInItsHistory() {
        signInAs(Persona.MALLORY);
        createGoal("Read two books on testing", "Pick the first book");
        assertThat(browser.field("Title").isDisplayed())
                .as("the revise form opens on demand")
                .isFalse();

        browser.disclosure("Revise this goal").click();
        WebElement title = browser.field("Title");
        title.clear();
        title.sendKeys("Read three books on testing");
        String date = LocalDate.now().plusMonths(2).toString();
        browser.setValue("Target date", date);
        browser.field("Reason for the change (optional)").sendKeys("The first one was short");
        browser.button("Save revision").click();
        browser.waitForText("Revision saved");

        String history = browser.driver.findElement(By.id("history")).getText();
        assertThat(history)
                .contains("\"Read two books on testing\" → \"Read three books on testing\"")
                .contains("The first one was short");
        assertThat(browser.heading(1).getText()).isEqualTo("Read three books on testing");
        assertThat(browser.text())
                .contains("Target date: " + LocalDate.parse(date).format(DateTimeFormatter.ofPattern("d MMM yyyy")));
        browser.assertAccessible();
    }

    @Test
    void adoptingAnIdeaFromTheCatalogueAfterALiveSearch() {
        signInAs(Persona.BOB);
        browser.link("Ideas").click();
        browser.waitForText("Goal ideas");
        browser.assertAccessible();
        int everything = browser.driver.findElements(By.cssSelector(".idea")).size();
        browser.driver.executeScript("window.stillTheSamePage = true;");

        browser.field("Search ideas").sendKeys("talk");
        browser.waitUntil(
                () -> browser.driver.findElements(By.cssSelector(".idea")).size() < everything);
        assertThat(browser.driver.getCurrentUrl()).contains("q=talk");
        assertThat(browser.driver.executeScript("return window.stillTheSamePage === true;"))
                .isEqualTo(true);

        WebElement first = browser.driver.findElement(By.cssSelector(".idea"));
        String title = first.findElement(By.cssSelector(".idea-title")).getText();
        first.findElement(By.xpath(".//button[starts-with(normalize-space(), 'Adopt')]"))
                .click();
        browser.waitForText("Adopted! Make it yours");

        assertThat(browser.heading(1).getText()).isEqualTo(title);
        browser.assertAccessible();
    }

    @Test
    void aStepOfTwoHundredCharactersIsKeptWholeWhereverItIsTyped() {
        Newcomer me = Newcomer.signUp("long-steps");
        browser.adopt(url(""), me.session().cookies());
        String onTheNewGoalForm = longStep("New goal form ");
        String added = longStep("Add a step ");
        String edited = longStep("Edited step ");
        String onATeamGoal = longStep("Team goal step ");

        browser.open(url("/goals/new"));
        browser.field("Goal").sendKeys("Speak at the meetup");
        browser.field("First steps (optional, one per line)").sendKeys(onTheNewGoalForm);
        browser.button("Set goal").click();
        browser.waitForText("Status: Active");
        browser.field("Add a step").sendKeys(added);
        browser.button("Add step").click();
        browser.waitForText(added);
        browser.disclosure("Edit: " + added).click();
        WebElement editField = browser.driver.findElement(By.cssSelector("details[open] input[name=title]"));
        editField.clear();
        editField.sendKeys(edited);
        editField
                .findElement(By.xpath("following-sibling::button[normalize-space()='Save step']"))
                .click();
        browser.waitForText(edited);
        assertThat(browser.text()).contains(onTheNewGoalForm);
        assertThat(browser.scrollsSideways()).as("a long unbroken step wraps").isFalse();

        browser.open(url("/teams"));
        browser.field("Team name").sendKeys("Speakers " + me.name());
        browser.button("Create team").click();
        browser.waitForText("Add a team goal");
        browser.field("Team goal").sendKeys("Everyone speaks once");
        browser.field("Steps (one per line, optional)").sendKeys(onATeamGoal);
        browser.button("Add team goal").click();
        browser.waitForText(onATeamGoal);
        assertThat(browser.scrollsSideways()).isFalse();
    }

    /** Exactly the longest step there may be, with digits at the end that a cut would lose. */
    private static String longStep(String start) {
        String digits = "1234567890".repeat(20);
        return start + digits.substring(0, dev.waypoint.goals.Step.TITLE_MAX - start.length());
    }

    private void createGoal(String title, String step) {
        browser.link("Goals").click();
        browser.link("New goal").click();
        browser.field("Goal").sendKeys(title);
        browser.field("First steps (optional, one per line)").sendKeys(step);
        browser.button("Set goal").click();
        browser.waitForText("Status: Active");
    }

    private String progressText() {
        return browser.driver.findElement(By.cssSelector(".goal-progress")).getText();
    }
}
