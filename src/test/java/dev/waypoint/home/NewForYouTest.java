package dev.waypoint.home;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.feedback.Feedback;
import dev.waypoint.goals.Goal;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What reaches a person from the people they share with, and where they find their mentees and data. */
@QuarkusTest
class NewForYouTest {

    @Test
    void aMenteeIsToldAboutANewCommentUntilSheOpensIt() {
        Newcomer mentee = Newcomer.signUp("told");
        Newcomer mentor = Newcomer.signUp("teller");
        Fixtures.mentorship(mentor.id(), mentee.id(), false);
        Long goal = Fixtures.goal(mentee.id(), null, "Speak at a meetup", "Pick a topic");
        Fixtures.share(Goal.class, goal);
        assertThat(mentee.session().page("/").select(".news"))
                .as("nothing new yet")
                .isEmpty();

        mentor.session()
                .form("/goals/" + goal)
                .formParams(Map.of("itemType", "GOAL", "itemId", goal.toString(), "kind", "CHEER"))
                .post("/feedback")
                .then()
                .statusCode(303);

        Document dashboard = mentee.session().page("/");
        assertThat(dashboard.select(".news li").eachText())
                .singleElement()
                .asString()
                .startsWith(mentor.displayName() + " cheered your goal “Speak at a meetup”");
        assertThat(mentee.session().page("/inbox").select(".inbox-entry.unread").eachText())
                .singleElement()
                .asString()
                .contains(mentor.displayName() + " cheered your goal “Speak at a meetup”");

        mentee.session().page("/goals/" + goal);
        assertThat(mentee.session().page("/").select(".news"))
                .as("seen once opened")
                .isEmpty();
    }

    @Test
    void someoneWithNoGoalsYetHearsAboutAReplyToTheirFirstCheckIn() {
        Newcomer mentee = Newcomer.signUp("firstweek");
        Newcomer mentor = Newcomer.signUp("firstreader");
        Fixtures.mentorship(mentor.id(), mentee.id(), false);
        java.time.LocalDate monday = java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .minusWeeks(1);
        Long checkIn = Fixtures.checkIn(mentee.id(), monday, "Found my feet", "Set a goal", 3);
        Fixtures.share(dev.waypoint.checkins.CheckIn.class, checkIn);
        String week = dev.waypoint.checkins.Week.containing(monday).id();
        mentor.session()
                .form("/mentoring/mentees/" + mentee.id() + "/check-ins/" + week)
                .formParams(Map.of(
                        "itemType", "CHECK_IN", "itemId", checkIn.toString(), "kind", "COMMENT", "body", "Welcome!"))
                .post("/feedback")
                .then()
                .statusCode(303);

        Document dashboard = mentee.session().page("/");
        assertThat(dashboard.text()).contains("Nothing here yet");
        assertThat(dashboard.select(".dashboard-side.narrow .check-in-card")).isNotEmpty();
        assertThat(dashboard.selectFirst(".news button").text())
                .isEqualTo(mentor.displayName() + " commented on your check-in for "
                        + dev.waypoint.checkins.Week.containing(monday).label());
    }

    @Test
    void onlyMentorsSeeMenteesInTheTopBarAndEveryoneFindsTheirData() {
        Newcomer mentee = Newcomer.signUp("navmentee");
        Newcomer mentor = Newcomer.signUp("navmentor");
        assertThat(navLinks(mentor.session().page("/"))).doesNotContain("Mentees");

        Long mentorship = Fixtures.mentorship(mentor.id(), mentee.id(), false);
        Document mentorPage = mentor.session().page("/");
        assertThat(navLinks(mentorPage)).contains("Mentees");
        assertThat(mentorPage.selectFirst(".mainnav a:containsOwn(Mentees)").attr("href"))
                .isEqualTo("/mentoring");
        assertThat(navLinks(mentee.session().page("/"))).doesNotContain("Mentees");
        assertThat(mentorPage.select("footer a:containsOwn(Your data)").attr("href"))
                .isEqualTo("/export");
        assertThat(mentee.session().page("/profile").select("a[href=/export]")).isNotEmpty();

        mentee.session().form("/people").post("/people/mentorships/" + mentorship + "/end");
        assertThat(navLinks(mentor.session().page("/"))).doesNotContain("Mentees");
    }

    @Test
    void aMentorsViewOfASharedGoalIsReadOnlyAndLeadsBack() {
        Newcomer mentee = Newcomer.signUp("readonly");
        Newcomer mentor = Newcomer.signUp("reader");
        Fixtures.mentorship(mentor.id(), mentee.id(), false);
        Long goal = Fixtures.goal(mentee.id(), null, "Run a workshop", "Book a room", "Invite people");
        Fixtures.share(Goal.class, goal);

        Document page = mentor.session().page("/goals/" + goal);
        assertThat(page.select("#steps-ro-heading")).isNotEmpty();
        assertThat(page.select("button, input[type=checkbox], .tick-box").eachAttr("class"))
                .as("nothing on the steps to press")
                .noneMatch(css -> css.contains("tick"));
        assertThat(page.select(".steps.read-only .step-title").eachText())
                .containsExactly("Book a room", "Invite people");
        assertThat(page.select(".breadcrumb a").eachAttr("href"))
                .containsExactly("/mentoring", "/mentoring/mentees/" + mentee.id());
        assertThat(page.select(".mainnav a[aria-current=page]").text()).isEqualTo("Mentees");
        assertThat(page.select("#revise, #lifecycle, #sharing form")).isEmpty();
    }

    @Test
    void feedbackOnATeamGoalIsNeverWaitingForOnePerson() {
        Newcomer lead = Newcomer.signUp("teamlead");
        Long team = Fixtures.team("News team", lead.id());
        Long teamGoal = Fixtures.teamGoal(team, "Ship it", "First step");
        Fixtures.comment(lead.id(), lead.id(), Feedback.Item.TEAM_GOAL, teamGoal, "Go team");
        // The board's own comments are read on the board; the dashboard keeps to the person's things.
        assertThat(lead.session().page("/").select(".news li").eachText()).noneMatch(text -> text.contains("Go team"));
    }

    private static java.util.List<String> navLinks(Document page) {
        return page.select(".mainnav a").eachText();
    }
}
