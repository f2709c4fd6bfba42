package dev.waypoint.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.people.Person;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import dev.waypoint.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CheckInResourceTest {

    /** Wednesday of ISO week 2026-W48. */
    static final Instant WEDNESDAY = Instant.parse("2026-11-25T10:00:00Z");

    static final String THIS_WEEK = "/check-ins/2026-W48";

    @Inject
    TestClock clock;

    private Session session;
    private Long personId;

    @BeforeEach
    void aPersonOnAWednesday() {
        clock.set(WEDNESDAY);
        String name = "checker-" + UUID.randomUUID().toString().substring(0, 8);
        session = SignIn.asNewcomer(name);
        session.page("/");
        personId = QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("subject", name).firstResult().id);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void theDraftStartsWithThisWeeksStepsAndLastWeeksFocusAndAutosaves() {
        Long goalId = Fixtures.goal(personId, null, "Give a meetup talk", "Write the outline", "Make slides");
        Long stepId = Fixtures.firstStepOf(goalId);
        session.htmx("/goals/" + goalId)
                .post("/goals/" + goalId + "/steps/" + stepId + "/toggle")
                .then()
                .statusCode(200);
        Fixtures.checkIn(
                personId, LocalDate.of(2026, 11, 16), "Shipped the demo", "Book a room\nAsk Bob for feedback", 3);

        Document page = session.page(THIS_WEEK);
        // The goal is private, and a check-in may be shared: its title stays out of the draft.
        assertThat(page.getElementById("wins").text())
                .contains("Write the outline")
                .doesNotContain("Give a meetup talk");
        assertThat(page.getElementById("focus").text()).contains("Book a room").contains("Ask Bob for feedback");
        assertThat(page.select("#last-week-heading + *").text() + page.text()).contains("Shipped the demo");
        assertThat(page.text()).contains("Only you can see this check-in.");

        Response saved = session.htmx(THIS_WEEK)
                .formParams(Map.of("wins", "A calm week", "noteGoal", goalId.toString(), "note", "Outline done"))
                .post(THIS_WEEK + "/draft");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.asString()).contains("Draft saved at 10:00");

        Document reloaded = session.page(THIS_WEEK);
        assertThat(reloaded.getElementById("wins").text()).isEqualTo("A calm week");
        assertThat(reloaded.getElementById("note-" + goalId).text()).isEqualTo("Outline done");
        assertThat(reloaded.select(".badge").eachText()).contains("Draft");
    }

    @Test
    void submittingTwiceKeepsOneCheckIn() {
        for (int i = 0; i < 2; i++) {
            session.form(THIS_WEEK)
                    .formParams(Map.of("wins", "Paired with a new joiner", "confidence", "4"))
                    .post(THIS_WEEK)
                    .then()
                    .statusCode(303);
        }

        long rows = QuarkusTransaction.requiringNew()
                .call(() -> CheckIn.count("owner.id = ?1 and submitted = true", personId));
        assertThat(rows).isEqualTo(1);
        Document page = session.page(THIS_WEEK + "?done=check-in-submitted");
        assertThat(page.text()).contains("Checked in. Well done");
        assertThat(session.page("/").select(".check-in-card").text()).contains("Done for this week");
    }

    @Test
    void anAutosaveStillInFlightDoesNotMakeTheSubmitStaleButAnotherTabsSubmitDoes() {
        Response firstSave = session.htmx(THIS_WEEK).formParam("wins", "First").post(THIS_WEEK + "/draft");
        String version = Jsoup.parseBodyFragment(firstSave.asString())
                .getElementById("check-in-version")
                .val();
        // The page's next autosave, still in flight when the person presses "Check in".
        session.htmx(THIS_WEEK)
                .formParams(Map.of("wins", "Second", "version", version))
                .post(THIS_WEEK + "/draft")
                .then()
                .statusCode(200);

        session.form(THIS_WEEK)
                .formParams(Map.of("wins", "Final words", "confidence", "3", "version", version))
                .post(THIS_WEEK)
                .then()
                .statusCode(303);

        Response otherTab = session.form(THIS_WEEK)
                .formParams(Map.of("wins", "From an old tab", "confidence", "2", "version", version))
                .post(THIS_WEEK);
        assertThat(otherTab.statusCode()).isEqualTo(409);
        assertThat(otherTab.asString()).contains("changed in another window").contains("From an old tab");
        assertThat(session.page(THIS_WEEK).getElementById("wins").text()).isEqualTo("Final words");
    }

    /**
     * The autosave fires as focus leaves a field, so it often crosses the submit; two tabs do the
     * same. Whoever comes first, the submit's words are kept and nobody gets a 5xx.
     */
    @Test
    void anAutosaveCrossingTheSubmitNeverFailsAndTheSubmitAlwaysWins() throws Exception {
        for (int round = 0; round < 20; round++) {
            Newcomer someone = Newcomer.signUp("crossing-" + round);
            Long goal = Fixtures.goal(someone.id(), null, "Speak at a meetup", "Pick a topic");
            Session me = someone.session();
            String token = me.csrfToken(THIS_WEEK);
            Map<String, String> draft = Map.of(
                    "csrf-token", token, "wins", "Draft words", "noteGoal", goal.toString(), "note", "Draft note");
            Map<String, String> submit = Map.of(
                    "csrf-token",
                    token,
                    "wins",
                    "Final words",
                    "confidence",
                    "4",
                    "noteGoal",
                    goal.toString(),
                    "note",
                    "Final note");

            List<Response> answers = atOnce(
                    () -> me.request()
                            .header("HX-Request", "true")
                            .formParams(draft)
                            .post(THIS_WEEK + "/draft"),
                    () -> me.request().formParams(submit).post(THIS_WEEK));

            Response autosave = answers.get(0);
            assertThat(autosave.statusCode()).as("the autosave, round " + round).isIn(200, 409);
            if (autosave.statusCode() == 409) {
                assertThat(autosave.asString()).contains("already checked in this week, so this draft changed nothing");
            }
            assertThat(answers.get(1).statusCode())
                    .as("the submit, round " + round)
                    .isEqualTo(303);
            Document page = me.page(THIS_WEEK);
            assertThat(page.getElementById("wins").text()).isEqualTo("Final words");
            assertThat(page.select("textarea[name=note]").eachText()).containsExactly("Final note");
            assertThat(page.text()).contains("Update check-in").doesNotContain("Save draft");
        }
    }

    @Test
    void twoDraftsAtOnceNeverFailAndTheLaterOneIsKept() throws Exception {
        for (int round = 0; round < 20; round++) {
            Newcomer someone = Newcomer.signUp("two-tabs-" + round);
            Long goal = Fixtures.goal(someone.id(), null, "Learn Rust", "Read the book");
            Session me = someone.session();
            String token = me.csrfToken(THIS_WEEK);

            List<Response> answers = atOnce(
                    () -> me.request()
                            .header("HX-Request", "true")
                            .formParams(Map.of(
                                    "csrf-token", token, "wins", "Tab one", "noteGoal", goal.toString(), "note", "One"))
                            .post(THIS_WEEK + "/draft"),
                    () -> me.request()
                            .header("HX-Request", "true")
                            .formParams(Map.of(
                                    "csrf-token", token, "wins", "Tab two", "noteGoal", goal.toString(), "note", "Two"))
                            .post(THIS_WEEK + "/draft"));
            assertThat(answers).extracting(Response::statusCode).containsExactly(200, 200);
            me.request()
                    .header("HX-Request", "true")
                    .formParams(Map.of("csrf-token", token, "wins", "Later", "noteGoal", goal.toString(), "note", "3"))
                    .post(THIS_WEEK + "/draft")
                    .then()
                    .statusCode(200);

            Document page = me.page(THIS_WEEK);
            assertThat(page.getElementById("wins").text()).isEqualTo("Later");
            assertThat(page.select("textarea[name=note]").eachText()).containsExactly("3");
        }
    }

    /** Sends both requests as close together as two threads can, and answers both. */
    @SafeVarargs
    private static List<Response> atOnce(java.util.concurrent.Callable<Response>... requests) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(requests.length);
        try {
            var gate = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Response>> sent = new java.util.ArrayList<>();
            for (var request : requests) {
                sent.add(pool.submit(() -> {
                    gate.await();
                    return request.call();
                }));
            }
            gate.countDown();
            List<Response> answers = new java.util.ArrayList<>();
            for (var answer : sent) {
                answers.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badValuesAreExplainedAndNothingTypedIsLost() {
        for (String confidence : new String[] {"0", "6", "lots"}) {
            Response refused = session.form(THIS_WEEK)
                    .formParams(Map.of("wins", "Kept text " + confidence, "confidence", confidence))
                    .post(THIS_WEEK);
            assertThat(refused.statusCode()).as(confidence).isEqualTo(422);
            Document page = Jsoup.parse(refused.asString());
            assertThat(page.getElementById("confidence-error").text()).contains("1 (shaky) to 5 (sure)");
            assertThat(page.getElementById("wins").text()).isEqualTo("Kept text " + confidence);
        }

        Response noConfidence =
                session.form(THIS_WEEK).formParam("wins", "Forgot it").post(THIS_WEEK);
        assertThat(noConfidence.statusCode()).isEqualTo(422);

        Response tooLong = session.form(THIS_WEEK)
                .formParams(Map.of("wins", "w".repeat(8001), "confidence", "3"))
                .post(THIS_WEEK);
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(tooLong.asString()).getElementById("wins-error").text())
                .contains("8000 characters");
    }

    @Test
    void aLongCheckInOfSeveralKilobytesSaves() {
        String longWins = "A good week with many small wins. ".repeat(200);

        session.form(THIS_WEEK)
                .formParams(Map.of("wins", longWins, "roadblocks", "r".repeat(3000), "confidence", "5"))
                .post(THIS_WEEK)
                .then()
                .statusCode(303);

        assertThat(session.page(THIS_WEEK).getElementById("wins").text())
                .hasSize(longWins.strip().length());
    }

    @Test
    void futureWeeksDoNotExistAndPastWeeksAreReadOnly() {
        session.request().get("/check-ins/2026-W49").then().statusCode(404);
        session.form(THIS_WEEK)
                .formParam("confidence", "3")
                .post("/check-ins/2026-W49")
                .then()
                .statusCode(404);
        session.request().get("/check-ins/2026-W47").then().statusCode(404);

        Fixtures.checkIn(personId, LocalDate.of(2026, 11, 16), "Old win", null, 2);
        Document past = session.page("/check-ins/2026-W47");
        assertThat(past.text()).contains("Old win");
        assertThat(past.select("textarea")).isEmpty();
        Response late = session.form(THIS_WEEK)
                .formParams(Map.of("wins", "Rewrite history", "confidence", "3"))
                .post("/check-ins/2026-W47");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.asString()).contains("That week is over");
    }

    @Test
    void thisWeekFollowsThePersonsTimeZone() {
        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById(personId).timeZone = "Pacific/Auckland");
        clock.set(Instant.parse("2027-01-03T23:30:00Z"));

        assertThat(session.request().get("/check-ins/this-week").header("Location"))
                .endsWith("/check-ins/2027-W01");

        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById(personId).timeZone = "America/Los_Angeles");
        assertThat(session.request().get("/check-ins/this-week").header("Location"))
                .endsWith("/check-ins/2026-W53");
    }

    @Test
    void theDashboardNamesTheCheckInDayAndANewcomerHasNothingToCountYet() {
        String card = dayIs(java.time.DayOfWeek.FRIDAY);
        assertThat(card).contains("Due on Friday, your check-in day.").contains("Consistency: nothing to count yet");
        assertThat(dayIs(java.time.DayOfWeek.WEDNESDAY)).contains("Due today, your check-in day.");
        assertThat(dayIs(java.time.DayOfWeek.MONDAY)).contains("No check-in yet this week");
    }

    @Test
    void theSharingBoxesSayOnceYouHaveMentorsOnlyToThoseWithout() {
        String once = "(once you have mentors)";
        assertThat(session.page(THIS_WEEK).select("label[for=shareWithMentors]").text())
                .contains(once);
        assertThat(session.page("/milestones/new")
                        .select("label[for=shareWithMentors]")
                        .text())
                .contains(once);

        Fixtures.mentorship(Fixtures.person("mentor-" + UUID.randomUUID()), personId, false);

        assertThat(session.page(THIS_WEEK).select("label[for=shareWithMentors]").text())
                .isEqualTo("Let my mentors read this check-in");
        assertThat(session.page("/milestones/new")
                        .select("label[for=shareWithMentors]")
                        .text())
                .isEqualTo("Let my mentors see this milestone");
    }

    private String dayIs(java.time.DayOfWeek day) {
        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById(personId).checkInDay = day);
        return session.page("/").select(".check-in-card").text();
    }

    @Test
    void aPausedWeekIsNeitherMissedNorCounted() {
        Fixtures.checkIn(personId, LocalDate.of(2026, 11, 16), "Win", null, 4);

        session.form("/check-ins")
                .formParams(Map.of("week", "2026-W48", "reason", "Holiday"))
                .post("/check-ins/pauses")
                .then()
                .statusCode(303);

        // They joined this week; last week's check-in (from before) is where their count starts.
        Document list = session.page("/check-ins");
        assertThat(list.selectFirst(".lead").text())
                .contains("You've checked in 1 of 1 week")
                .contains("1 paused");
        assertThat(list.getElementById("weeks-heading").text()).isEqualTo("Since you joined");
        assertThat(list.select(".week-list .week-row").eachText())
                .as("no weeks from before they started")
                .hasSize(2);
        assertThat(session.page("/").select(".check-in-card").text()).contains("This week is paused");

        session.form("/check-ins")
                .post("/check-ins/pauses/2026-W48/delete")
                .then()
                .statusCode(303);
        assertThat(session.page("/check-ins").selectFirst(".lead").text())
                .contains("You've checked in 1 of 1 week")
                .doesNotContain("paused");

        Response refused = session.form("/check-ins")
                .formParams(Map.of("week", "2026-W40", "reason", "Long-planned trip"))
                .post("/check-ins/pauses");
        assertThat(refused.statusCode()).isEqualTo(422);
        Document again = Jsoup.parse(refused.asString());
        assertThat(again.getElementById("pause-week-error").text()).contains("this week or one of the next two");
        assertThat(again.getElementById("pause-reason").val()).isEqualTo("Long-planned trip");
    }

    @Test
    void aNewPersonsUndatedStepsShowOnTheCheckInPageWhateverHappens() {
        // The way a new person starts: a goal typed on the new-goal form, its steps without dates.
        Response created = session.form("/goals/new")
                .formParams(Map.of(
                        "title",
                        "Speak at a meetup",
                        "category",
                        "COMMUNICATION_AND_COMMUNITY",
                        "steps",
                        "Pick a topic\nWrite an outline"))
                .post("/goals");
        assertThat(created.statusCode()).isEqualTo(303);
        String goalPath = java.net.URI.create(created.header("Location")).getPath();

        Document page = session.page(THIS_WEEK);
        assertThat(page.select("li[id^=due-step-]").text())
                .contains("Pick a topic")
                .doesNotContain("due");

        Response refused = session.form(THIS_WEEK)
                .formParams(Map.of("wins", "Kept", "confidence", "9"))
                .post(THIS_WEEK);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.asString()).text()).contains("Pick a topic");

        session.form(THIS_WEEK)
                .formParams(Map.of("wins", "First", "confidence", "3"))
                .post(THIS_WEEK);
        Response stale = session.form(THIS_WEEK)
                .formParams(Map.of("wins", "From an old tab", "confidence", "3", "version", "0"))
                .post(THIS_WEEK);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(stale.asString()).text()).contains("Pick a topic");

        String step = page.selectFirst("li[id^=due-step-]").id().replace("due-step-", "");
        Response ticked =
                session.htmx("/").formParam("from", "dashboard").post(goalPath + "/steps/" + step + "/toggle");
        assertThat(ticked.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(ticked.asString())
                        .getElementById("due-step-" + step)
                        .text())
                .contains("Pick a topic")
                .doesNotContain("due");
    }

    @Test
    void aWeekAlreadyCheckedInIsNotPausedAndThePageSaysWhy() {
        session.form(THIS_WEEK)
                .formParams(Map.of("wins", "Shipped it", "confidence", "4"))
                .post(THIS_WEEK)
                .then()
                .statusCode(303);

        Response refused = session.form("/check-ins")
                .formParams(Map.of("week", "2026-W48", "reason", "Conference"))
                .post("/check-ins/pauses");

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.getElementById("pause-week-error").text()).contains("already checked in that week");
        assertThat(page.getElementById("pause-reason").val()).isEqualTo("Conference");
        assertThat(session.page("/check-ins").select(".week-row").first().text())
                .contains("Checked in")
                .doesNotContain("Paused");
    }

    @Test
    void pausingNextWeekIsConfirmedListedAndCanBeUndone() {
        Response paused = session.form("/check-ins")
                .formParams(Map.of("week", "2026-W49", "reason", "Holiday"))
                .post("/check-ins/pauses");
        assertThat(paused.statusCode()).isEqualTo(303);

        Document list =
                session.page(java.net.URI.create(paused.header("Location")).getPath() + "?"
                        + java.net.URI.create(paused.header("Location")).getQuery());
        assertThat(list.select("#flash-line[role=status]").text()).contains("That week is paused");
        var row = list.select(".week-row").first();
        assertThat(row.text()).contains("Paused ahead");
        assertThat(row.select("form").attr("action")).isEqualTo("/check-ins/pauses/2026-W49/delete");

        Response resumed = session.form("/check-ins").post("/check-ins/pauses/2026-W49/delete");
        assertThat(resumed.header("Location")).endsWith("/check-ins?done=week-resumed");
        assertThat(session.page("/check-ins?done=week-resumed")
                        .select("#flash-line[role=status]")
                        .text())
                .contains("is back on");
        assertThat(session.page("/check-ins").text()).doesNotContain("Paused ahead");
    }
}
