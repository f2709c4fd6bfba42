package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Persona;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Every main page with real data on it: accessible, and photographed for a human to look at. */
@QuarkusTest
class PageTourTest extends BrowserJourneyTest {

    @Test
    void everyMainPagePassesTheAccessibilityCheck() throws IOException {
        signInAs(Persona.DAVE);
        Long dave = Fixtures.personId(Persona.DAVE);
        Long star = Fixtures.northStar(dave, "Grow into a tech lead");
        Long goal = Fixtures.goal(
                dave,
                star,
                "Own the on-call handbook",
                "List the top alerts",
                "Write runbooks",
                "Review with the team");
        Fixtures.goal(dave, null, "Learn Rust basics", "Finish the first chapter");

        String[][] pages = {
            {"/", "dashboard", "Hello, Dave!"},
            {"/goals", "goals", "Your goals"},
            {"/goals/" + goal, "goal", "Own the on-call handbook"},
            {"/goals/new", "new-goal", "A new short-term goal"},
            {"/north-stars/" + star + "/edit", "north-star", "Edit north star"},
            {"/ideas", "ideas", "Goal ideas"},
            {"/ideas/stuck", "stuck", "Start small"},
            {"/profile", "profile", "Your profile"},
            {"/check-ins/this-week", "check-in", "This week's check-in"},
            {"/check-ins", "check-ins", "Your weekly check-ins"},
            {"/insights", "insights", "Insights"},
            {"/milestones", "milestones", "Your milestones"},
            {"/milestones/new", "new-milestone", "A new milestone"},
            {"/milestones/brag", "brag", "Your brag document"},
            {"/export", "export", "Your data is yours"},
            {"/people", "people", "Your people"},
            {"/mentoring", "mentoring", "Your mentees"},
            {"/teams", "teams", "Your teams"},
            {"/goals/999999", "not-found", "We could not find that page"},
        };
        for (String[] page : pages) {
            browser.open(url(page[0]));
            browser.waitForText(page[2]);
            assertThat(browser.heading(1).getText()).contains(page[2].replace("!", ""));
            browser.assertAccessible();
            browser.screenshot("tour-" + page[1]);
        }
    }
}
