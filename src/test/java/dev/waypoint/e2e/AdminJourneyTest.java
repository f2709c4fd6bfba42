package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.goals.Goal;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.TeamShare;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Erin looks after the instance; Alice reads what happened on her account. */
@QuarkusTest
class AdminJourneyTest extends BrowserJourneyTest {

    @Test
    void erinDeactivatesDaveWhoCannotSignInAndVanishesFromCarolsBoard() {
        Newcomer erin = Newcomer.signUpAdmin("erin");
        Newcomer dave = Newcomer.signUp("dave");
        Newcomer carol = Newcomer.signUp("carol");
        String title = "Automate the release " + dave.name();
        Long goal = Fixtures.goal(dave.id(), null, title, "Script the tag");
        Long team = Fixtures.team("Release crew " + dave.name(), carol.id());
        Fixtures.member(team, dave.id(), Membership.Role.MEMBER, false);
        Fixtures.shareWithTeam(team, TeamShare.Item.GOAL, goal, dave.id());
        Fixtures.share(Goal.class, goal);
        assertThat(carol.session().page("/teams/" + team).text()).contains(title);

        browser.adopt(url(""), erin.session().cookies());
        browser.open(url("/"));
        browser.link("Admin").click();
        browser.waitForText("Looking after this Waypoint");
        browser.assertAccessible();
        browser.link("All people").click();
        browser.field("Find by name or e-mail").sendKeys(dave.name());
        browser.button("Find").click();
        browser.waitForText("1 person matches");
        browser.link("Deactivate " + dave.displayName()).click();
        browser.waitForText("Deactivate " + dave.displayName() + "?");
        browser.assertAccessible();
        browser.button("Deactivate " + dave.displayName()).click();
        browser.waitForText("They are signed out everywhere");
        assertThat(browser.text()).contains("deactivated");
        browser.assertAccessible();

        Session daveAgain = SignIn.asNewcomer(dave.name());
        browser.adopt(url(""), daveAgain.cookies());
        browser.open(url("/"));
        browser.waitForText("Your account is deactivated");
        browser.open(url("/goals/" + goal));
        browser.waitForText("Your account is deactivated");
        assertThat(browser.text()).doesNotContain(title);
        browser.assertAccessible();

        browser.adopt(url(""), carol.session().cookies());
        browser.open(url("/teams/" + team));
        browser.waitForText("Release crew");
        assertThat(browser.text()).doesNotContain(title).doesNotContain(dave.displayName());
    }

    @Test
    void aliceSeesWhatHappenedOnHerAccount() {
        Newcomer alice = Newcomer.signUp("alice");
        Long goal = Fixtures.goal(alice.id(), null, "Speak at a meetup", "Pick a topic");
        browser.adopt(url(""), alice.session().cookies());
        browser.open(url("/goals/" + goal));
        browser.waitForText("Speak at a meetup");
        alice.session().form("/goals/" + goal).formParam("share", "on").post("/goals/" + goal + "/sharing");

        browser.open(url("/"));
        browser.link("Your data").click();
        browser.waitForText("What happened on your account");
        String history =
                browser.driver.findElement(org.openqa.selenium.By.id("history")).getText();
        assertThat(history)
                .contains("You changed who sees goal #" + goal + ": now shared with mentors")
                .contains("You signed in")
                .doesNotContain("Speak at a meetup");
        browser.assertAccessible();
    }
}
