package dev.waypoint.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Week;
import dev.waypoint.goals.Goal;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.Session;
import dev.waypoint.support.SqlStatements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedbackTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aMentorCommentsCheersAndAcknowledgesAndTheMenteeSeesIt() {
        var mentee = Newcomer.signUp("growing");
        var mentor = Newcomer.signUp("guiding");
        Fixtures.mentorship(mentor.id(), mentee.id(), false);
        Long goal = Fixtures.goal(mentee.id(), null, "Give a talk");
        Fixtures.share(Goal.class, goal);
        Week week =
                Week.containing(LocalDate.now().with(java.time.DayOfWeek.MONDAY).minusWeeks(1));
        Long checkIn = Fixtures.checkIn(mentee.id(), week.start(), "Wrote the abstract", null, 4);
        Fixtures.share(CheckIn.class, checkIn);

        mentor.session()
                .form("/goals/" + goal)
                .formParams(Map.of(
                        "itemType",
                        "GOAL",
                        "itemId",
                        goal.toString(),
                        "kind",
                        "COMMENT",
                        "body",
                        "<b>Proud</b> of you"))
                .post("/feedback")
                .then()
                .statusCode(303);
        mentor.session()
                .form("/goals/" + goal)
                .formParams(Map.of("itemType", "GOAL", "itemId", goal.toString(), "kind", "CHEER"))
                .post("/feedback");
        String checkInPage = "/mentoring/mentees/" + mentee.id() + "/check-ins/" + week.id();
        assertThat(mentor.session().page(checkInPage).text()).contains("Wrote the abstract");
        mentor.session()
                .form(checkInPage)
                .formParams(Map.of("itemType", "CHECK_IN", "itemId", checkIn.toString(), "kind", "ACKNOWLEDGEMENT"))
                .post("/feedback")
                .then()
                .statusCode(303);

        assertThat(mentee.session()
                        .page("/people")
                        .select(".inbox-link .count-badge")
                        .text())
                .isEqualTo("3");
        Document goalPage = mentee.session().page("/goals/" + goal);
        assertThat(goalPage.select("#feedback .pre").text()).isEqualTo("<b>Proud</b> of you");
        assertThat(goalPage.select("#feedback b")).isEmpty();
        assertThat(goalPage.text()).contains(mentor.displayName() + " cheered");
        assertThat(mentee.session().page("/check-ins/" + week.id()).text()).contains(mentor.displayName() + " read it");
        assertThat(mentee.session().page("/people").select(".inbox-link .count-badge"))
                .as("all three read once their pages were opened")
                .isEmpty();

        String delete = goalPage.selectFirst("#feedback form[action$=/delete]").attr("action");
        mentee.session().form("/goals/" + goal).post(delete).then().statusCode(303);
        assertThat(mentee.session().page("/goals/" + goal).text()).doesNotContain("Proud");
    }

    @Test
    void commentsAreLimitedAndOnlyOnThingsYouMaySee() {
        var mentee = Newcomer.signUp("private");
        var mentor = Newcomer.signUp("curious");
        Fixtures.mentorship(mentor.id(), mentee.id(), false);
        Long privateGoal = Fixtures.goal(mentee.id(), null, "Not shared");
        Long shared = Fixtures.goal(mentee.id(), null, "Shared");
        Fixtures.share(Goal.class, shared);

        mentor.session()
                .form("/")
                .formParams(
                        Map.of("itemType", "GOAL", "itemId", privateGoal.toString(), "kind", "COMMENT", "body", "Hi"))
                .post("/feedback")
                .then()
                .statusCode(404);
        Response tooLong = mentor.session()
                .form("/")
                .formParams(Map.of(
                        "itemType", "GOAL", "itemId", shared.toString(), "kind", "COMMENT", "body", "x".repeat(2001)))
                .post("/feedback");
        assertThat(tooLong.statusCode()).isEqualTo(422);
        Document refused = Jsoup.parse(tooLong.asString());
        assertThat(refused.getElementById("comment-body-error").text()).contains("up to 2000 characters");
        assertThat(refused.getElementById("comment-body").val()).isEqualTo("x".repeat(2001));
        assertThat(refused.select("input[name=itemId]").val()).isEqualTo(shared.toString());
        mentor.session()
                .form("/")
                .formParams(Map.of("itemType", "GOAL", "itemId", shared.toString(), "kind", "ACKNOWLEDGEMENT"))
                .post("/feedback")
                .then()
                .statusCode(404);
    }

    @Test
    void theMentorDashboardCostsTheSameForThreeAndThirtyMentees() {
        var few = mentorOf(3);
        var many = mentorOf(30);

        long forFew = SqlStatements.forPage(sessionFactory, few, "/mentoring");
        long forMany = SqlStatements.forPage(sessionFactory, many, "/mentoring");
        System.out.printf("SQL statements for /mentoring: %d (3 mentees), %d (30 mentees)%n", forFew, forMany);
        assertThat(forFew).isPositive();
        assertThat(forMany).isEqualTo(forFew);
        assertThat(many.page("/mentoring").select(".mentee")).hasSize(12);
        assertThat(SqlStatements.forPage(sessionFactory, many, "/mentoring?all=true"))
                .isEqualTo(forFew);
        assertThat(many.page("/mentoring?all=true").select(".mentee")).hasSize(30);
    }

    private Session mentorOf(int mentees) {
        var mentor = Newcomer.signUp("mentor" + mentees);
        for (int i = 0; i < mentees; i++) {
            var mentee = Newcomer.signUp("m" + i);
            Fixtures.mentorship(mentor.id(), mentee.id(), false);
            Long goal = Fixtures.goal(mentee.id(), null, "Goal " + i, "a", "b");
            Fixtures.share(Goal.class, goal);
            Long checkIn = Fixtures.checkIn(
                    mentee.id(),
                    LocalDate.now().with(java.time.DayOfWeek.MONDAY).minusWeeks(1),
                    "Win " + i,
                    null,
                    3);
            Fixtures.share(CheckIn.class, checkIn);
        }
        return mentor.session();
    }
}
