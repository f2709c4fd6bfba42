package dev.waypoint.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Week;
import dev.waypoint.goals.Goal;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
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
        var mentee = newcomer("growing");
        var mentor = newcomer("guiding");
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

        assertThat(mentee.session().page("/people").text()).contains("3 new comments and cheers");
        Document goalPage = mentee.session().page("/goals/" + goal);
        assertThat(goalPage.select("#feedback .pre").text()).isEqualTo("<b>Proud</b> of you");
        assertThat(goalPage.select("#feedback b")).isEmpty();
        assertThat(goalPage.text()).contains(mentor.displayName() + " cheered");
        assertThat(mentee.session().page("/check-ins/" + week.id()).text()).contains(mentor.displayName() + " read it");
        assertThat(mentee.session().page("/people").text()).doesNotContain("new comments");

        String delete = goalPage.selectFirst("#feedback form[action$=/delete]").attr("action");
        mentee.session().form("/goals/" + goal).post(delete).then().statusCode(303);
        assertThat(mentee.session().page("/goals/" + goal).text()).doesNotContain("Proud");
    }

    @Test
    void commentsAreLimitedAndOnlyOnThingsYouMaySee() {
        var mentee = newcomer("private");
        var mentor = newcomer("curious");
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
        assertThat(Jsoup.parse(tooLong.asString()).text()).contains("up to 2000 characters");
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

        long forFew = statements(few, "/mentoring");
        long forMany = statements(many, "/mentoring");
        System.out.printf("SQL statements for /mentoring: %d (3 mentees), %d (30 mentees)%n", forFew, forMany);
        assertThat(forFew).isPositive();
        assertThat(forMany).isEqualTo(forFew);
        assertThat(many.page("/mentoring").select(".mentee")).hasSize(30);
    }

    private Session mentorOf(int mentees) {
        var mentor = newcomer("mentor" + mentees);
        for (int i = 0; i < mentees; i++) {
            var mentee = newcomer("m" + i);
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

    private long statements(Session who, String path) {
        who.page(path);
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        who.page(path);
        return statistics.getPrepareStatementCount();
    }

    record Person(String name, Long id, Session session) {
        String displayName() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    private static Person newcomer(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        Session session = SignIn.asNewcomer(name);
        session.page("/");
        return new Person(name, Fixtures.personIdOf(name), session);
    }
}
