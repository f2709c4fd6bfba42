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

/**
 * From empty accounts: a person finds her own goal and check-in by a word she wrote, from the top
 * bar, with JavaScript and without; her mentor finds the goal only while it is shared; a stranger
 * finds nothing; and the palette opens a team board by keyboard alone.
 */
@QuarkusTest
class SearchJourneyTest extends BrowserJourneyTest {

    private static final String WORD = "Zephyrine";

    @Test
    void sheFindsHerWordsHerMentorOnlyWhatSheSharesAndAStrangerNothing() throws Exception {
        Newcomer dana = Newcomer.signUp("search-journey-dana");
        Newcomer mentor = Newcomer.signUp("search-journey-mentor");
        Newcomer stranger = Newcomer.signUp("search-journey-stranger");
        Fixtures.mentorship(mentor.id(), dana.id(), false);

        browser.adopt(url(""), dana.session().cookies());
        browser.open(url("/goals/new"));
        browser.field("Goal").sendKeys("Present the " + WORD + " migration");
        browser.button("Set goal").click();
        browser.waitForText("Only you can see this goal.");
        String goalPage =
                browser.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*", "");

        browser.open(url("/check-ins/this-week"));
        browser.field("Wins this week").sendKeys("Dry run of the zéphyrine talk went well");
        browser.field("Focus for next week").sendKeys("Slides");
        browser.driver
                .findElement(By.cssSelector("input[name=confidence][value='4']"))
                .click();
        browser.button("Check in").click();
        browser.waitForText("Checked in. Well done");

        // "/" puts the cursor in the top bar's search; Enter opens the results.
        browser.driver.findElement(By.tagName("body")).sendKeys("/");
        browser.waitUntil(() -> "top-search".equals(browser.focused().getAttribute("id")));
        browser.focused().sendKeys("zephyrine" + Keys.ENTER);
        browser.waitForText("2 results");
        assertThat(hits()).containsExactly("Present the " + WORD + " migration", "Check-in for " + weekLabel());
        assertThat(browser.driver.findElements(By.cssSelector(".search-hit mark")).stream()
                        .map(WebElement::getText)
                        .toList())
                .contains(WORD, "zéphyrine");
        browser.assertAccessible();
        browser.screenshot("SearchJourneyTest-results");
        browser.screenshot("SearchJourneyTest-results-phone", 390);
        assertThat(browser.scrollsSideways()).isFalse();
        browser.resize(1280);

        // Results follow the typing, and the count is announced.
        WebElement field = browser.field("Search for");
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "\"zephyrine talk\"");
        browser.waitUntil(() -> hits().size() == 1);
        assertThat(browser.driver.getCurrentUrl())
                .as("a results page to bookmark")
                .contains("q=");
        browser.waitUntil(() -> browser.driver
                .findElement(By.id("announcer"))
                .getAttribute("textContent")
                .equals("1 result"));
        browser.link("Check-in for " + weekLabel()).click();
        browser.waitForText("Dry run of the zéphyrine talk went well");

        try (Browser plain = new Browser(false)) {
            plain.adopt(url(""), dana.session().cookies());
            plain.open(url("/"));
            plain.field("Search Waypoint").sendKeys(WORD.toUpperCase() + Keys.ENTER);
            plain.waitForText("2 results");
            assertThat(plain.driver.findElements(By.cssSelector(".search-hit-title")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .containsExactly("Present the " + WORD + " migration", "Check-in for " + weekLabel());
            new org.openqa.selenium.support.ui.Select(plain.field("Kind")).selectByVisibleText("Goals");
            plain.button("Search").click();
            plain.waitForText("1 result");
            plain.link("Present the " + WORD + " migration").click();
            plain.waitForText("Only you can see this goal.");
        }

        try (Browser theMentor = new Browser()) {
            theMentor.adopt(url(""), mentor.session().cookies());
            theMentor.open(url("/search?q=" + WORD));
            theMentor.waitForText("Nothing matches");

            browser.open(url(goalPage));
            browser.button("Share with my mentors").click();
            browser.waitForText("Stop sharing with my mentors");
            theMentor.open(url("/search?q=" + WORD));
            theMentor.waitForText("1 result");
            assertThat(theMentor.text()).contains(dana.displayName() + "'s · your mentee");
            theMentor.link("Present the " + WORD + " migration").click();
            theMentor.waitForText("shared this goal with you as a mentor");

            browser.open(url(goalPage));
            browser.button("Stop sharing with my mentors").click();
            browser.waitForText("Share with my mentors");
            theMentor.open(url("/search?q=" + WORD));
            theMentor.waitForText("Nothing matches");
        }

        try (Browser theStranger = new Browser()) {
            theStranger.adopt(url(""), stranger.session().cookies());
            theStranger.open(url("/search?q=" + WORD));
            theStranger.waitForText("Nothing matches");
            assertThat(theStranger.text()).doesNotContain("migration", "Dry run");
        }
    }

    @Test
    void thePaletteOpensATeamBoardByKeyboardAlone() throws Exception {
        Newcomer lead = Newcomer.signUp("palette-lead");
        Long team = Fixtures.team("Quokka platform", lead.id());
        browser.adopt(url(""), lead.session().cookies());
        browser.open(url("/"));
        browser.waitForText("Dashboard");

        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "k"));
        browser.waitUntil(() -> "palette-input".equals(browser.focused().getAttribute("id")));
        WebElement input = browser.focused();
        assertThat(input.getAttribute("role")).isEqualTo("combobox");
        browser.waitUntil(() -> "true".equals(input.getAttribute("aria-expanded")));
        input.sendKeys("quokka");
        browser.waitUntil(() -> options().size() == 1);
        assertThat(options())
                .singleElement()
                .asString()
                .startsWith("Quokka platform")
                .contains("Team board");
        browser.screenshot("SearchJourneyTest-palette");
        browser.assertAccessible();
        input.sendKeys(Keys.ARROW_DOWN);
        String active = input.getAttribute("aria-activedescendant");
        assertThat(browser.driver.findElement(By.id(active)).getAttribute("aria-selected"))
                .isEqualTo("true");
        input.sendKeys(Keys.ENTER);
        browser.waitUntil(() -> browser.driver.getCurrentUrl().endsWith("/teams/" + team));
        browser.waitForText("Quokka platform");

        // Escape closes it and nothing is opened.
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "k"));
        browser.waitUntil(() -> "palette-input".equals(browser.focused().getAttribute("id")));
        browser.focused().sendKeys(Keys.ESCAPE);
        browser.waitUntil(() -> !browser.driver.findElement(By.id("palette")).isDisplayed());
        assertThat(browser.focused().getAttribute("id"))
                .as("focus leaves the closed palette")
                .isNotEqualTo("palette-input");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/teams/" + team);
    }

    private List<String> hits() {
        return browser.driver.findElements(By.cssSelector(".search-hit-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private List<String> options() {
        return browser.driver.findElements(By.cssSelector("#palette-options [role=option]")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String weekLabel() {
        return dev.waypoint.checkins.Week.current(java.time.Clock.systemUTC(), java.time.ZoneOffset.UTC)
                .label();
    }
}
