package dev.waypoint.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.feedback.Feedback;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.Step;
import dev.waypoint.people.Person;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.RowsPointingAt;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.TeamShare;
import dev.waypoint.teams.board.TeamGoalStep;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** "Delete my account" on Your data: only with the person's name typed, and then nothing of theirs remains. */
@QuarkusTest
class AccountDeletionTest {

    @Inject
    AgroalDataSource database;

    @Test
    void aNameThatDoesNotMatchDeletesNothingAndKeepsWhatWasTyped() {
        Newcomer keeping = Newcomer.signUp("keeper");
        Session keeper = keeping.session();
        Long keeperId = keeping.id();
        Long goal = Fixtures.goal(keeperId, null, "Learn to say no", "Say no once");

        var refused =
                keeper.form("/export").formParam("confirmName", "not my name").post("/export/delete-account");

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select("#confirm-name-problem").text()).startsWith("Nothing was deleted");
        assertThat(page.select("#confirm-name").attr("value")).isEqualTo("not my name");
        Goal kept = QuarkusTransaction.requiringNew().call(() -> Goal.findById(goal));
        assertThat(kept).isNotNull();
        assertThat(keeper.request().get("/").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void deletingTheAccountLeavesNoRowThatPointsAtThePersonAndEndsEverySession() throws SQLException {
        Newcomer leaving = Newcomer.signUp("leaver");
        Newcomer theirMentor = Newcomer.signUp("their-mentor");
        Newcomer theirCoLead = Newcomer.signUp("co-lead");
        String suffix = leaving.name();
        Session leaver = leaving.session();
        Session leaverOnAPhone = SignIn.asNewcomer(leaving.name());
        Session mentor = theirMentor.session();
        Session coLead = theirCoLead.session();
        Long leaverId = leaving.id();
        Long mentorId = theirMentor.id();
        Long coLeadId = theirCoLead.id();
        Long menteeId = Fixtures.person("their-mentee-" + suffix);
        String shownName = leaving.displayName();

        // A bit of everything: their own things, both sides of mentoring, a team they lead, feedback both ways.
        Long star = Fixtures.northStar(leaverId, "Lead a team");
        Long goal = Fixtures.goal(leaverId, star, "Run the retro " + suffix, "Book the room", "Bring sticky notes");
        Fixtures.share(Goal.class, goal);
        Fixtures.checkIn(leaverId, Fixtures.pastWeekWithoutCheckIn(leaverId), "Ran it " + suffix, "More", 4);
        Fixtures.milestone(leaverId, "First retro " + suffix);
        Long asMentee = Fixtures.mentorship(mentorId, leaverId, false);
        Long asMentor = Fixtures.mentorship(leaverId, menteeId, false);
        for (Long mentorship : java.util.List.of(asMentee, asMentor)) {
            Long meeting = Fixtures.meeting(
                    mentorship, leaverId, java.time.Instant.now().minusSeconds(3600));
            Fixtures.talkingPoint(meeting, leaverId, "Their point " + suffix, true);
            Fixtures.talkingPoint(meeting, mentorId, "The mentor's private point", false);
            Long action = Fixtures.actionItem(meeting, leaverId, mentorId, "Their action " + suffix);
            QuarkusTransaction.requiringNew()
                    .run(() ->
                            dev.waypoint.meetings.ActionItem.<dev.waypoint.meetings.ActionItem>findById(action).step =
                                    Step.findById(Fixtures.firstStepOf(goal)));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            // Their agreement with their mentor, naming their north star and goal.
            dev.waypoint.meetings.Agreement agreement = new dev.waypoint.meetings.Agreement();
            agreement.mentorship = dev.waypoint.circles.Mentorship.findById(asMentee);
            agreement.draftedBy = Person.findById(leaverId);
            agreement.goals.add(Goal.findById(goal));
            agreement.northStars.add(dev.waypoint.goals.NorthStar.findById(star));
            agreement.persist();
            // A session they brought from another Waypoint.
            KeptSession kept = new KeptSession();
            kept.owner = Person.findById(leaverId);
            kept.startsAt = java.time.Instant.parse("2025-06-03T15:00:00Z");
            kept.importedAt = java.time.Instant.now();
            kept.session = "{\"with\":\"Erin\",\"side\":\"mentee\",\"startsAt\":\"2025-06-03T15:00:00Z\","
                    + "\"minutes\":60,\"status\":\"HELD\"}";
            kept.persist();
        });
        Fixtures.invitation(leaverId);
        Fixtures.comment(mentorId, leaverId, Feedback.Item.GOAL, goal, "Nice one");
        Long mentorGoal = Fixtures.goal(mentorId, null, "Mentor well", "Listen");
        Fixtures.comment(leaverId, mentorId, Feedback.Item.GOAL, mentorGoal, "Thanks " + suffix);
        Long team = Fixtures.team("Retro team " + suffix, leaverId);
        Fixtures.member(team, coLeadId, Membership.Role.LEAD, false);
        Fixtures.shareWithTeam(team, TeamShare.Item.GOAL, goal, leaverId);
        Long teamGoal = Fixtures.teamGoal(team, "Better retros", "Try a new format");
        Long teamStep = Fixtures.firstStepOfTeamGoal(teamGoal);
        QuarkusTransaction.requiringNew()
                .run(() -> TeamGoalStep.<TeamGoalStep>findById(teamStep).assignee = Person.findById(leaverId));
        assertThat(mentor.page("/mentoring").text()).contains(shownName);
        assertThat(coLead.page("/teams/" + team).text()).contains("Run the retro " + suffix);
        Map<String, Long> before = rowsPointingAt(leaverId);
        assertThat(before.values().stream().mapToLong(Long::longValue).sum())
                .as("the story gave them rows in many tables: %s", before)
                .isGreaterThan(12);

        var deleted = leaver.form("/export")
                .formParam("confirmName", "  " + shownName.toUpperCase() + " ")
                .post("/export/delete-account");

        assertThat(deleted.statusCode())
                .as("signed out, then back to the landing page")
                .isEqualTo(303);
        assertThat(rowsPointingAt(leaverId))
                .as("rows that still point at them")
                .allSatisfy((column, rows) -> assertThat(rows).as(column).isZero());
        Person gone = QuarkusTransaction.requiringNew().call(() -> Person.findById(leaverId));
        assertThat(gone).isNull();
        assertThat(leaver.request().get("/goals").statusCode())
                .as("this browser")
                .isEqualTo(302);
        assertThat(leaverOnAPhone.request().get("/goals").statusCode())
                .as("every other device")
                .isEqualTo(302);

        String mentorsView = mentor.page("/mentoring").text()
                + mentor.page("/goals/" + mentorGoal).text()
                + mentor.page("/people").text();
        assertThat(mentorsView).doesNotContain(shownName).doesNotContain("Thanks " + suffix);
        String board = coLead.page("/teams/" + team).text();
        assertThat(board).doesNotContain(shownName).doesNotContain("Run the retro");
        assertThat(board).as("the team keeps running with its other lead").contains("Better retros");
        assertThat(coLead.request().get("/teams/" + team + "/manage").statusCode())
                .isEqualTo(200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(menteeId).id))
                .as("the people they mentored stay")
                .isEqualTo(menteeId);
    }

    @Test
    void theLandingPageSaysTheAccountIsGone() {
        Document landing = Jsoup.parse(
                io.restassured.RestAssured.given().get("/?done=account-deleted").asString());
        assertThat(landing.select("#flash-line").text()).contains("Your account and everything in it are deleted");
    }

    private Map<String, Long> rowsPointingAt(Long personId) throws SQLException {
        return RowsPointingAt.person(database, personId);
    }
}
