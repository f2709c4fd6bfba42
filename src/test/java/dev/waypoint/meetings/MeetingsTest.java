package dev.waypoint.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkins.Week;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.SqlStatements;
import dev.waypoint.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.hibernate.SessionFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions between a mentor and a mentee, from empty accounts, as each of them sees them. */
@QuarkusTest
class MeetingsTest {

    /**
     * A session's page: who is signed in, the mentorship, the session, the one before it, three
     * suggestions (check-ins, goals, milestones), points, actions, private notes, the next session,
     * and the mentee's goals for "make it a step".
     */
    static final int MOST_STATEMENTS = 12;

    @Inject
    TestClock clock;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    MeetingSeries series;

    Newcomer mentor;
    Newcomer mentee;
    Long mentorshipId;
    String mentorshipPage;

    @BeforeEach
    void aNewMentorship() {
        mentor = Newcomer.signUp("session-mentor");
        mentee = Newcomer.signUp("session-mentee");
        mentorshipId = Fixtures.mentorship(mentor.id(), mentee.id(), false);
        mentorshipPage = "/mentorships/" + mentorshipId;
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theAgendaWritesItselfFromWhatTheMenteeSharedAndPrivatePointsStayPrivate() {
        String week = Week.current(java.time.Clock.systemUTC(), ZoneOffset.UTC).id();
        mentee.session()
                .form("/check-ins/" + week)
                .formParam("wins", "Shipped the importer")
                .formParam("roadblocks", "Stuck on the flaky deploy")
                .formParam("focus", "Pair with Sam on the pipeline")
                .formParam("confidence", "3")
                .formParam("shareWithMentors", "on")
                .post("/check-ins/" + week)
                .then()
                .statusCode(303);

        String session = plan(mentor, LocalDate.now(ZoneOffset.UTC).plusDays(7), "16:00");
        Document asMentor = mentor.session().page(session);
        assertThat(asMentor.select("ul.agenda").text())
                .contains("Roadblock")
                .contains("Stuck on the flaky deploy")
                .contains("Pair with Sam on the pipeline")
                .contains("Shipped the importer");

        // The mentee puts her roadblock on the agenda with one action; it reads as her check-in says.
        var add = asMentor.select("ul.agenda li:contains(Stuck on the flaky deploy) form")
                .first();
        mentee.session()
                .form(session)
                .formParam("checkIn", add.select("input[name=checkIn]").val())
                .formParam("answer", add.select("input[name=answer]").val())
                .post(session + "/points/from-check-in")
                .then()
                .statusCode(303);
        assertThat(mentor.session().page(session).select("#points").text())
                .contains("Roadblock Stuck on the flaky deploy");

        addPoint(mentor, session, "How the team review went", "shared");
        addPoint(mentor, session, "Ask about the reorg", "private");
        addPoint(mentee, session, "Whether to apply for the lead role", "shared");

        assertThat(mentor.session().page(session).select("#points").text())
                .contains("How the team review went")
                .contains("Ask about the reorg")
                .contains("Whether to apply for the lead role");
        Document asMentee = mentee.session().page(session);
        assertThat(asMentee.select("#points").text())
                .contains("How the team review went")
                .contains("Whether to apply for the lead role")
                .doesNotContain("Ask about the reorg");
        assertThat(asMentee.text()).doesNotContain("Ask about the reorg");

        // Unsharing the check-in takes it off every agenda not yet held.
        mentee.session()
                .form("/check-ins/" + week)
                .formParam("wins", "Shipped the importer")
                .formParam("roadblocks", "Stuck on the flaky deploy")
                .formParam("focus", "Pair with Sam on the pipeline")
                .formParam("confidence", "3")
                .post("/check-ins/" + week)
                .then()
                .statusCode(303);
        assertThat(mentor.session().page(session).text())
                .as("neither the suggestion nor the talking point made of it")
                .doesNotContain("Stuck on the flaky deploy");
    }

    @Test
    void aSessionWithoutADayOrInThePastIsRefusedKeepingWhatWasTyped() {
        Response noDay = mentor.session()
                .form(mentorshipPage)
                .formParam("date", "")
                .formParam("time", "09:30")
                .formParam("minutes", "45")
                .formParam("place", "Room Ada")
                .post(mentorshipPage + "/sessions");
        assertThat(noDay.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(noDay.asString());
        assertThat(page.select("#date-error").text()).isEqualTo("Pick the day of the session.");

        assertThat(page.select("#place").val()).isEqualTo("Room Ada");
        assertThat(page.select("#time").val()).isEqualTo("09:30");

        Response past = mentor.session()
                .form(mentorshipPage)
                .formParam("date", LocalDate.now(ZoneOffset.UTC).minusDays(2).toString())
                .formParam("time", "09:30")
                .formParam("minutes", "45")
                .post(mentorshipPage + "/sessions");
        assertThat(past.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(past.asString()).select("#date-error").text()).contains("That time has passed");

        Response garbled = mentor.session()
                .form(mentorshipPage)
                .formParam("date", "2030-02-30")
                .formParam("time", "25:99")
                .formParam("minutes", "7")
                .formParam("repeat", "3")
                .post(mentorshipPage + "/sessions");
        assertThat(garbled.statusCode()).isEqualTo(422);
        Document refused = Jsoup.parse(garbled.asString());
        assertThat(refused.select("#date-error").text()).isNotBlank();
        assertThat(refused.select("#time-error").text()).isNotBlank();
        assertThat(refused.select("#minutes-error").text()).isNotBlank();
        assertThat(refused.select("#repeat-error").text()).isNotBlank();
    }

    @Test
    void bothSeeTheTimeInTheirOwnZone() {
        Fixtures.timeZone(mentor.id(), "Europe/Berlin");
        Fixtures.timeZone(mentee.id(), "America/New_York");
        String session = plan(mentor, LocalDate.of(LocalDate.now().getYear() + 1, 6, 15), "16:00");
        assertThat(mentor.session().page(session).select(".lead").text()).contains("16:00–17:00");
        assertThat(mentee.session().page(session).select(".lead").text())
                .contains("10:00–11:00")
                .contains("16:00–17:00 for " + mentor.displayName());
        assertThat(mentee.session().page("/").select("#sessions-heading + ul").text())
                .contains("10:00–11:00")
                .contains("with " + mentor.displayName());
        assertThat(mentor.session().page("/mentoring").select(".session-next").text())
                .contains("16:00–17:00");
    }

    @Test
    void sharedNotesThatLostARaceKeepTheTextAndPrivateNotesStayWithTheirAuthor() {
        String session = plan(mentee, LocalDate.now(ZoneOffset.UTC).plusDays(3), "08:00");
        String loadedVersion = mentor.session()
                .page(session)
                .select("#shared-notes input[name=version]")
                .val();
        saveNotes(mentee, session, "notes", "Agreed to try pairing", loadedVersion)
                .then()
                .statusCode(303);
        Response lost = saveNotes(mentor, session, "notes", "Mentor's take on the plan", loadedVersion);
        assertThat(lost.statusCode()).isEqualTo(409);
        Document refused = Jsoup.parse(lost.asString());
        assertThat(refused.select("#shared-notes-text").text()).isEqualTo("Mentor's take on the plan");
        assertThat(refused.select("#shared-notes").text()).contains("saved these notes while you were typing");

        saveNotes(mentor, session, "private-notes", "Seems tired lately", "-1")
                .then()
                .statusCode(303);
        assertThat(mentor.session().page(session).select("#private-notes-text").text())
                .isEqualTo("Seems tired lately");
        assertThat(mentee.session().page(session).text())
                .contains("Agreed to try pairing")
                .doesNotContain("Seems tired lately");
    }

    @Test
    void aMenteesActionBecomesAStepWhoseTickIsTheActions() {
        Long goal = Fixtures.goal(mentee.id(), null, "Lead the platform guild", "Read the charter");
        String session = plan(mentor, LocalDate.now(ZoneOffset.UTC).plusDays(2), "12:00");
        mentor.session()
                .form(session)
                .formParam("body", "Write the guild's first agenda")
                .formParam("owner", "mentee")
                .formParam("dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(9).toString())
                .post(session + "/actions")
                .then()
                .statusCode(303);
        Long action = QuarkusTransaction.requiringNew()
                .call(() -> ActionItem.<ActionItem>find("body", "Write the guild's first agenda")
                        .singleResult()
                        .id);
        assertThat(mentor.session().page(session).select("#action-" + action + "-toggle"))
                .as("the mentor cannot tick the mentee's action")
                .isEmpty();

        Response stepped = mentee.session()
                .form(session)
                .formParam("goal", goal.toString())
                .post(session + "/actions/" + action + "/step");
        assertThat(stepped.statusCode()).isEqualTo(303);
        assertThat(stepped.header("Location")).contains("/goals/" + goal);
        Document goalPage = mentee.session().page("/goals/" + goal);
        assertThat(goalPage.select("#steps").text()).contains("Write the guild's first agenda");
        String stepId = goalPage.select("#steps li").last().id().replace("step-", "");

        mentee.session()
                .form("/goals/" + goal)
                .post("/goals/" + goal + "/steps/" + stepId + "/toggle")
                .then()
                .statusCode(303);
        assertThat(mentor.session().page(session).select("#action-" + action).text())
                .contains("Done");

        // And the reverse: unticking the action unticks the step.
        mentee.session()
                .form(session)
                .post(session + "/actions/" + action + "/toggle")
                .then()
                .statusCode(303);
        assertThat(mentee.session()
                        .page("/goals/" + goal)
                        .select("#step-" + stepId)
                        .hasClass("done"))
                .isFalse();
        assertThat(mentor.session()
                        .page(mentorshipPage)
                        .select("#sessions-with-steps")
                        .text())
                .as("not past yet: nothing counted")
                .isEmpty();
    }

    @Test
    void pointsNotCoveredMoveOnWhenASessionIsHeldAndARepeatPlansTheNext() {
        Instant start = LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
        String session = planRepeating(mentor, start, "2");
        addPoint(mentor, session, "Covered one", "shared");
        addPoint(mentee, session, "Still open", "shared");
        addPoint(mentor, session, "Private and open", "private");
        String covered =
                mentor.session().page(session).select("#points li").first().id().replace("point-", "");
        mentor.session()
                .form(session)
                .post(session + "/points/" + covered + "/cover")
                .then()
                .statusCode(303);

        clock.set(start.plus(70, ChronoUnit.MINUTES));
        Response held = mentee.session().form(session).post(session + "/held");
        assertThat(held.statusCode()).isEqualTo(303);

        Document page = mentor.session().page(mentorshipPage);
        assertThat(page.select("#upcoming-heading + p, #upcoming-heading ~ ul").text())
                .as("the series planned its next session two weeks on")
                .contains(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                        .format(start.plus(14, ChronoUnit.DAYS).atZone(ZoneOffset.UTC)));
        String next = page.select("#upcoming-heading ~ ul a").attr("href");
        assertThat(mentor.session().page(next).select("#points").text())
                .contains("Still open")
                .contains("Private and open")
                .doesNotContain("Covered one");
        assertThat(mentee.session().page(next).select("#points").text())
                .contains("Still open")
                .doesNotContain("Private and open");
        assertThat(mentor.session().page(session).select("#points").text())
                .contains("Covered one")
                .doesNotContain("Still open");
    }

    /** Each side's export holds the sessions as they keep them, never the other's private words. */
    @Test
    void theExportCarriesTheSessionsAsEachSideKeepsThem() {
        String session = plan(mentor, LocalDate.now(ZoneOffset.UTC).plusDays(5), "11:00");
        addPoint(mentor, session, "Mentor's shared point", "shared");
        addPoint(mentor, session, "Mentor's private point", "private");
        addPoint(mentee, session, "Mentee's private point", "private");
        saveNotes(mentee, session, "private-notes", "Mentee's own notes", "-1")
                .then()
                .statusCode(303);
        saveNotes(mentor, session, "notes", "Notes we share", "0").then().statusCode(303);

        var mine = mentee.session().request().get("/export/waypoint.json").jsonPath();
        assertThat(mine.getList("sessions.with", String.class)).containsExactly(mentor.displayName());
        assertThat(mine.getString("sessions[0].side")).isEqualTo("mentee");
        assertThat(mine.getString("sessions[0].sharedNotes")).isEqualTo("Notes we share");
        assertThat(mine.getString("sessions[0].privateNotes")).isEqualTo("Mentee's own notes");
        assertThat(mine.getList("sessions[0].points.text", String.class))
                .containsExactlyInAnyOrder("Mentor's shared point", "Mentee's private point");

        mentee.session()
                .form("/people")
                .post("/people/mentorships/" + mentorshipId + "/end")
                .then()
                .statusCode(303);
        var mentors = mentor.session().request().get("/export/waypoint.json").jsonPath();
        assertThat(mentors.getString("sessions[0].side")).isEqualTo("mentor");
        assertThat(mentors.getString("sessions[0].sharedNotes"))
                .as("the shared record stays with the mentee")
                .isNull();
        assertThat(mentors.getList("sessions[0].points.text", String.class)).containsExactly("Mentor's private point");
        assertThat(mentee.session().request().get("/export/waypoint.json").asString())
                .contains("Notes we share")
                .doesNotContain("Mentor's private point");
    }

    @Test
    void aSeriesGoesOnWhenNobodyMarksASessionHeld() {
        Instant start = LocalDate.now(ZoneOffset.UTC).plusDays(2).atTime(7, 30).toInstant(ZoneOffset.UTC);
        planRepeating(mentee, start, "1");
        clock.set(start.plus(3, ChronoUnit.HOURS));
        assertThat(series.rollOn()).isPositive();
        series.rollOn();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Meeting.count("mentorship.id", mentorshipId)))
                .as("the next one, once")
                .isEqualTo(2);
        assertThat(mentor.session()
                        .page(mentorshipPage)
                        .select("#upcoming-heading ~ ul")
                        .text())
                .contains(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                        .format(start.plus(7, ChronoUnit.DAYS).atZone(ZoneOffset.UTC)));
    }

    @Test
    void aCancelledSessionKeepsItsPointsAndTheFormerMentorLosesEverything() {
        String session = plan(mentor, LocalDate.now(ZoneOffset.UTC).plusDays(4), "14:00");
        addPoint(mentee, session, "Stays here", "shared");
        mentor.session().form(session).post(session + "/cancel").then().statusCode(303);
        Document cancelled = mentee.session().page(session);
        assertThat(cancelled.select(".badges").text()).contains("Cancelled");
        assertThat(cancelled.select("#points").text()).contains("Stays here");

        mentee.session()
                .form("/people")
                .post("/people/mentorships/" + mentorshipId + "/end")
                .then()
                .statusCode(303);
        mentor.session().request().get(session).then().statusCode(404);
        mentor.session().request().get(mentorshipPage).then().statusCode(404);
        assertThat(mentee.session().page(mentorshipPage).text()).contains("this record is yours to keep");
        mentee.session()
                .form(session)
                .formParam("body", "Too late")
                .post(session + "/points")
                .then()
                .statusCode(404);
    }

    /**
     * The mentorship's page and a session's cost the same statements after one session as after
     * fifty with a year of shared check-ins, for either side; the figures are printed.
     */
    @Test
    void sessionPagesCostTheSameForOneSessionAndForFifty() {
        Newcomer longMentor = Newcomer.signUp("long-mentor");
        Newcomer longMentee = Newcomer.signUp("long-mentee");
        Long longMentorship = Fixtures.mentorship(longMentor.id(), longMentee.id(), false);
        Fixtures.weeklyCheckIns(longMentee.id(), 52);
        QuarkusTransaction.requiringNew()
                .run(() -> dev.waypoint.checkins.CheckIn.update(
                        "sharedWithMentors = true where owner.id = ?1", longMentee.id()));
        Long last = null;
        for (int weeksAgo = 100; weeksAgo >= 0; weeksAgo -= 2) {
            last = Fixtures.meeting(
                    longMentorship, longMentor.id(), Instant.now().minus(7L * weeksAgo - 3, ChronoUnit.DAYS));
            Fixtures.talkingPoint(last, longMentor.id(), "Shared " + weeksAgo, true);
            Fixtures.talkingPoint(last, longMentee.id(), "Private " + weeksAgo, false);
            Fixtures.actionItem(last, longMentee.id(), longMentor.id(), "Action " + weeksAgo);
        }
        // Both mentees shared a check-in lately, so both mentor dashboards ask what waits for the mentor.
        Fixtures.share(
                dev.waypoint.checkins.CheckIn.class,
                Fixtures.checkIn(mentee.id(), Fixtures.pastWeekWithoutCheckIn(mentee.id()), "A win", null, 3));
        Long first = Fixtures.meeting(mentorshipId, mentor.id(), Instant.now().plus(3, ChronoUnit.DAYS));
        Fixtures.actionItem(first, mentee.id(), mentor.id(), "Only action");
        String longSession = "/mentorships/" + longMentorship + "/sessions/" + last;
        String shortSession = mentorshipPage + "/sessions/" + first;
        record Page(String name, Newcomer shortOne, String shortPath, Newcomer longOne, String longPath) {}
        for (Page page : java.util.List.of(
                new Page("mentorship, mentor", mentor, mentorshipPage, longMentor, "/mentorships/" + longMentorship),
                new Page("mentorship, mentee", mentee, mentorshipPage, longMentee, "/mentorships/" + longMentorship),
                new Page("session, mentor", mentor, shortSession, longMentor, longSession),
                new Page("session, mentee", mentee, shortSession, longMentee, longSession),
                new Page("mentor dashboard", mentor, "/mentoring", longMentor, "/mentoring"))) {
            long few = SqlStatements.forPage(sessionFactory, page.shortOne().session(), page.shortPath());
            long many = SqlStatements.forPage(sessionFactory, page.longOne().session(), page.longPath());
            System.out.printf("SQL statements for the %s page: %d (one session), %d (fifty)%n", page.name(), few, many);
            assertThat(many).as(page.name()).isEqualTo(few).isLessThanOrEqualTo(MOST_STATEMENTS);
        }
    }

    private String plan(Newcomer who, LocalDate day, String time) {
        Response planned = who.session()
                .form(mentorshipPage)
                .formParam("date", day.toString())
                .formParam("time", time)
                .formParam("minutes", "60")
                .formParam("place", "https://meet.example.com/abc")
                .post(mentorshipPage + "/sessions");
        assertThat(planned.statusCode()).as(planned.asString()).isEqualTo(303);
        return URI.create(planned.header("Location")).getPath();
    }

    private String planRepeating(Newcomer who, Instant start, String weeks) {
        Response planned = who.session()
                .form(mentorshipPage)
                .formParam("date", start.atZone(ZoneOffset.UTC).toLocalDate().toString())
                .formParam("time", start.atZone(ZoneOffset.UTC).toLocalTime().toString())
                .formParam("minutes", "60")
                .formParam("repeat", weeks)
                .post(mentorshipPage + "/sessions");
        assertThat(planned.statusCode()).as(planned.asString()).isEqualTo(303);
        return URI.create(planned.header("Location")).getPath();
    }

    private void addPoint(Newcomer who, String session, String body, String visibility) {
        who.session()
                .form(session)
                .formParam("body", body)
                .formParam("visibility", visibility)
                .post(session + "/points")
                .then()
                .statusCode(303);
    }

    private Response saveNotes(Newcomer who, String session, String which, String text, String version) {
        return who.session()
                .form(session)
                .formParam("notes", text)
                .formParam("version", version)
                .post(session + "/" + which);
    }
}
