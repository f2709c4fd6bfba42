package dev.waypoint.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.goals.Goal;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The arc of a mentorship: an agreement both confirm, a look back on its date, and a good ending. */
@QuarkusTest
class MentorshipArcTest {

    @Inject
    TestClock clock;

    Newcomer mentor;
    Newcomer mentee;
    Long mentorshipId;
    String page;

    @BeforeEach
    void aNewMentorship() {
        mentor = Newcomer.signUp("arc-mentor");
        mentee = Newcomer.signUp("arc-mentee");
        mentorshipId = Fixtures.mentorship(mentor.id(), mentee.id(), false);
        page = "/mentorships/" + mentorshipId;
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAgreementHoldsOnceBothConfirmAndAMentorNeverReadsAGoalKeptFromThem() {
        Long shared = Fixtures.goal(mentee.id(), null, "Lead the guild", "Read the charter");
        Fixtures.share(Goal.class, shared);
        Long kept = Fixtures.goal(mentee.id(), null, "Quietly look for a new job");
        Document asMentor = mentor.session().page(page);
        assertThat(asMentor.select("#agreement form").text())
                .contains("Lead the guild")
                .doesNotContain("Quietly look for a new job");
        assertThat(asMentor.select("#agreement-review").val())
                .as("a review date three months on")
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusMonths(3).toString());

        Response drafted = mentee.session()
                .form(page)
                .formParam("focus", "Leading without the title")
                .formParam("goals", shared.toString())
                .formParam("goals", kept.toString())
                .formParam("every", "2")
                .formParam(
                        "reviewOn", LocalDate.now(ZoneOffset.UTC).plusMonths(2).toString())
                .formParam("version", "-1")
                .post(page + "/agreement");
        assertThat(drafted.statusCode()).isEqualTo(303);
        Document proposed = mentor.session().page(page);
        assertThat(proposed.select("#agreement").text())
                .contains("Leading without the title", "Lead the guild", "Meet every 2 weeks", "proposed this")
                .doesNotContain("Quietly look for a new job");
        assertThat(mentee.session().page(page).select("#agreement").text())
                .contains("Quietly look for a new job")
                .contains("Waiting for " + mentor.displayName() + " to confirm");

        // A stale change is refused with what was typed; a fresh one asks the other side again.
        Response stale = mentor.session()
                .form(page)
                .formParam("focus", "Something else entirely")
                .formParam("version", "-1")
                .post(page + "/agreement");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(stale.asString()).select("#agreement-focus").text())
                .isEqualTo("Something else entirely");

        mentor.session().form(page).post(page + "/agreement/confirm").then().statusCode(303);
        assertThat(mentee.session().page(page).select("#agreement").text()).contains("Both of you agreed");
        assertThat(mentee.session().page("/export").text())
                .as("the audit line names no words of the agreement")
                .contains("confirmed the mentoring agreement")
                .doesNotContain("Leading without the title");
    }

    @Test
    void northStarsCanBeAgreedOnAndAMentorsChangeKeepsWhatIsKeptFromThem() {
        Long staff = Fixtures.northStar(mentee.id(), "Become a staff engineer");
        Long shared = Fixtures.goal(mentee.id(), staff, "Lead the guild");
        Fixtures.share(Goal.class, shared);
        Long company = Fixtures.northStar(mentee.id(), "Start my own company");
        Long kept = Fixtures.goal(mentee.id(), company, "Write the business plan");
        Long someoneElses = Fixtures.northStar(mentor.id(), "The mentor's own dream");

        Response refused = mentee.session()
                .form(page)
                .formParam("northStars", someoneElses.toString())
                .formParam("focus", "Growing towards staff")
                .formParam("version", "-1")
                .post(page + "/agreement");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.asString())
                        .select("#agreement-goals-error")
                        .text())
                .isEqualTo("Pick north stars and goals from the list.");
        assertThat(Jsoup.parse(refused.asString()).select("#agreement-focus").text())
                .isEqualTo("Growing towards staff");

        mentee.session()
                .form(page)
                .formParam("northStars", staff.toString())
                .formParam("northStars", company.toString())
                .formParam("goals", shared.toString())
                .formParam("goals", kept.toString())
                .formParam("version", "-1")
                .post(page + "/agreement")
                .then()
                .statusCode(303);
        Document asMentor = mentor.session().page(page);
        assertThat(asMentor.select("#agreement").text()).doesNotContain("Start my own company");
        assertThat(asMentor.select("#agreement .session-list").text())
                .contains("Become a staff engineer", "Lead the guild")
                .doesNotContain("Start my own company")
                .doesNotContain("Write the business plan");
        assertThat(asMentor.select("#agreement-star-" + staff).hasAttr("checked"))
                .isTrue();

        mentor.session()
                .form(page)
                .formParam("northStars", staff.toString())
                .formParam("focus", "Staff, by leading the guild")
                .formParam(
                        "version",
                        asMentor.select("#agreement input[name=version]").val())
                .post(page + "/agreement")
                .then()
                .statusCode(303);
        Document asMentee = mentee.session().page(page);
        assertThat(asMentee.select("#agreement .session-list").text())
                .as("the mentor unticked the goal they see; what they never saw stays")
                .contains("Become a staff engineer", "Start my own company")
                .contains("Write the business plan")
                .doesNotContain("Lead the guild");
        assertThat(asMentee.select("#agreement").text())
                .contains("Staff, by leading the guild", mentor.displayName() + " proposed this");
    }

    @Test
    void onTheReviewDateBothAreAskedAndGoingOnPicksANewDate() {
        LocalDate review = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        mentor.session()
                .form(page)
                .formParam("focus", "Public speaking")
                .formParam("reviewOn", review.toString())
                .formParam("version", "-1")
                .post(page + "/agreement")
                .then()
                .statusCode(303);
        assertThat(mentee.session().page(page).select("#review")).isEmpty();
        clock.set(review.atTime(9, 0).toInstant(ZoneOffset.UTC));
        assertThat(mentee.session().page(page).select("#review").text()).contains("Time to look back");
        assertThat(mentor.session().page(page).select("#review").text()).contains("Time to look back");

        Response past = mentee.session()
                .form(page)
                .formParam("reviewOn", review.minusDays(1).toString())
                .post(page + "/agreement/review");
        assertThat(past.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(past.asString()).select("#review-on-error").text())
                .contains("after today");
        mentee.session()
                .form(page)
                .formParam("reviewOn", review.plusMonths(3).toString())
                .post(page + "/agreement/review")
                .then()
                .statusCode(303);
        assertThat(mentor.session().page(page).select("#review")).isEmpty();
    }

    @Test
    void closingWithAReflectionEndsAccessAndTheMenteeKeepsWhatTheyAchieved() {
        Long goal = Fixtures.goal(mentee.id(), null, "Ship the guild charter", "Draft it", "Get it reviewed");
        Fixtures.share(Goal.class, goal);
        mentee.session()
                .form("/goals/" + goal)
                .formParam("to", "ACHIEVED")
                .post("/goals/" + goal + "/status")
                .then()
                .statusCode(303);
        Long hidden = Fixtures.goal(mentee.id(), null, "A private win", "Done quietly");
        mentee.session()
                .form("/goals/" + hidden)
                .formParam("to", "ACHIEVED")
                .post("/goals/" + hidden + "/status")
                .then()
                .statusCode(303);

        String draft = mentor.session().page(page).select("#closing-achieved").text();
        assertThat(draft).contains("Achieved: Ship the guild charter").doesNotContain("A private win");

        Response noReason = mentor.session()
                .form(page)
                .formParam("wentWell", "Honest talks")
                .formParam("achieved", draft)
                .post(page + "/close");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(noReason.asString()).select("#closing-went-well").text())
                .isEqualTo("Honest talks");

        Response closed = mentor.session()
                .form(page)
                .formParam("reason", "GOALS_REACHED")
                .formParam("wentWell", "Honest talks")
                .formParam("achieved", draft)
                .post(page + "/close");
        assertThat(closed.statusCode()).isEqualTo(303);
        assertThat(closed.header("Location")).contains("/people");
        mentor.session().request().get(page).then().statusCode(404);
        assertThat(mentor.session().page("/mentoring").text()).doesNotContain(mentee.displayName());

        Document kept = mentee.session().page(page);
        assertThat(kept.select("#closing").text())
                .contains("We reached what we set out to do")
                .contains("Honest talks")
                .contains("Achieved: Ship the guild charter");
        Response milestone = mentee.session().form(page).post(page + "/closing/milestone");
        assertThat(milestone.statusCode()).isEqualTo(303);
        mentee.session().form(page).post(page + "/closing/milestone").then().statusCode(404);
        assertThat(mentee.session().page("/milestones").text())
                .contains("What I achieved with " + mentor.displayName() + " as my mentor");
        assertThat(mentee.session().request().get("/milestones/brag/download").asString())
                .contains("Achieved: Ship the guild charter");
        assertThat(mentee.session().page("/export").text())
                .contains("closed the mentorship")
                .contains("We reached");
        mentor.session()
                .form("/people")
                .post(page + "/closing/milestone")
                .then()
                .statusCode(404);
    }

    @Test
    void aRepeatedCloseOrOneByAFormerMentorFindsNothing() {
        mentee.session()
                .form(page)
                .formParam("reason", "NO_TIME")
                .post(page + "/close")
                .then()
                .statusCode(303);
        mentee.session()
                .form(page)
                .formParam("reason", "NO_TIME")
                .post(page + "/close")
                .then()
                .statusCode(404);
        mentor.session()
                .form("/people")
                .formParam("reason", "NO_TIME")
                .post(page + "/close")
                .then()
                .statusCode(404);
        assertThat(mentee.session().page(page).select("#closing").text()).contains("No time for it now");
        assertThat(clock.instant()).isBefore(java.time.Instant.now().plus(1, ChronoUnit.MINUTES));
    }
}
