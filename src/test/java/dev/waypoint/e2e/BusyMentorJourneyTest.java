package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.goals.Goal;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A mentor of thirteen: the one who went quiet comes first, the rest are one press away. */
@QuarkusTest
class BusyMentorJourneyTest extends BrowserJourneyTest {

    @Test
    void theQuietMenteeComesFirstAndShowAllLeadsToTheOnesNotShown() throws Exception {
        Newcomer mentor = Newcomer.signUp("busy");
        Instant tenWeeksAgo = Instant.now().minus(Duration.ofDays(70));
        LocalDate lastWeek = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(1);
        List<Newcomer> mentees = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            Newcomer mentee = Newcomer.signUp("mentee" + i);
            Fixtures.mentorship(mentor.id(), mentee.id(), tenWeeksAgo.plus(Duration.ofHours(i)), false);
            Long goal = Fixtures.goal(mentee.id(), null, "Lead the guild " + i, "Draft the charter");
            Fixtures.share(Goal.class, goal);
            if (i < 12) {
                Fixtures.share(CheckIn.class, Fixtures.checkIn(mentee.id(), lastWeek, "Shipped part " + i, null, 4));
            }
            mentees.add(mentee);
        }

        browser.adopt(url(""), mentor.session().cookies());
        browser.open(url("/mentoring"));
        browser.waitForText("Your mentees");
        var first = browser.driver.findElement(By.cssSelector(".mentee"));
        assertThat(first.getText()).contains(mentees.get(12).displayName(), "No shared check-in for 2+ weeks");
        assertThat(browser.driver.findElements(By.cssSelector(".mentee"))).hasSize(12);
        browser.assertAccessible();
        browser.screenshot("BusyMentorJourneyTest-twelve");
        browser.screenshot("BusyMentorJourneyTest-twelve-phone", 390);
        assertThat(browser.scrollsSideways()).isFalse();

        browser.link("Show all 13 mentees").click();
        browser.waitUntil(
                () -> browser.driver.findElements(By.cssSelector(".mentee")).size() == 13);
        assertThat(browser.driver.getCurrentUrl())
                .endsWith("#mentee-" + mentees.get(11).id());
        assertThat(browser.text()).contains("Shipped part 11").doesNotContain("Show all");
        browser.assertAccessible();
    }
}
