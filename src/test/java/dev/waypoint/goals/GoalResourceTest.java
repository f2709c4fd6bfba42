package dev.waypoint.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Persona;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GoalResourceTest {

    private Session alice;
    private Long aliceId;

    @BeforeEach
    void signIn() {
        alice = SignIn.as(Persona.ALICE);
        alice.page("/");
        aliceId = Fixtures.personId(Persona.ALICE);
    }

    @Test
    void aNorthStarAndAGoalWithStepsAreCreatedAndShown() {
        Response star = alice.form("/north-stars/new")
                .formParams(Map.of("title", "Become a staff engineer", "why", "Bigger problems"))
                .post("/north-stars");
        assertThat(star.statusCode()).isEqualTo(303);
        String starId = star.header("Location").replaceAll(".*northStar=", "").replaceAll("&.*", "");

        Response created = alice.form("/goals/new")
                .formParams(Map.of(
                        "title", "Lead a design review",
                        "category", "TECHNICAL",
                        "northStarId", starId,
                        "targetDate", LocalDate.now().plusWeeks(6).toString(),
                        "steps", "Pick a design\nBook the room\n\nRun the review"))
                .post("/goals");
        assertThat(created.statusCode()).isEqualTo(303);

        Document page = alice.page(created.header("Location").replaceAll("^https?://[^/]+", ""));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Lead a design review");
        assertThat(page.select("#steps .step-title").eachText())
                .containsExactly("Pick a design", "Book the room", "Run the review");
        assertThat(page.text()).contains("Only you can see this goal.").contains("Become a staff engineer");
        assertThat(page.selectFirst(".goal-progress").text()).contains("0%").contains("0 of 3 steps");
        assertThat(page.select("#history li").text()).contains("Goal set");
    }

    @Test
    void theGoalPageRollsItsNorthStarUpFromEveryGoalButDroppedOnesAndOffersEveryStar() {
        String name = "star-" + java.util.UUID.randomUUID();
        Session newcomer = SignIn.asNewcomer(name);
        newcomer.page("/");
        Long ownerId = Fixtures.personIdOf(name);
        Long star = Fixtures.northStar(ownerId, "Grow into a tech lead");
        Long otherStar = Fixtures.northStar(ownerId, "Speak at a conference");
        Long quarterDone = Fixtures.goal(ownerId, star, "Mentor a new hire", "Meet", "Plan", "Pair", "Review");
        Long achieved = Fixtures.goal(ownerId, star, "Run a retro", "Book it");
        Long dropped = Fixtures.goal(ownerId, star, "Own the on-call rota", "Draft it");
        Fixtures.goal(ownerId, otherStar, "Submit a talk", "Write the abstract");
        QuarkusTransaction.requiringNew().run(() -> {
            Goal.<Goal>findById(quarterDone).stepsDone = 1;
            Goal done = Goal.findById(achieved);
            done.status = GoalStatus.ACHIEVED;
            done.achievedAt = done.statusChangedAt;
            Goal.<Goal>findById(dropped).status = GoalStatus.DROPPED;
        });

        Document page = newcomer.page("/goals/" + quarterDone);

        // (25 % + 100 %) / 2: the dropped goal does not count, the other star's goal neither.
        assertThat(page.selectFirst(".star-progress").text()).contains("62%");
        assertThat(page.select("#steps .step-title").eachText()).containsExactly("Meet", "Plan", "Pair", "Review");
        assertThat(page.select("select[name=northStarId] option").eachText())
                .contains("Grow into a tech lead", "Speak at a conference");
    }

    @Test
    void badInputGetsMessagesBesideTheFieldsAndKeepsWhatWasTyped() {
        Response rejected = alice.form("/goals/new")
                .formParams(Map.of(
                        "title", "",
                        "category", "ASTROLOGY",
                        "targetDate", LocalDate.now().minusDays(3).toString(),
                        "measureTarget", "0",
                        "measureUnit", "talks",
                        "steps", "Keep this step"))
                .post("/goals");

        assertThat(rejected.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(rejected.asString());
        assertThat(page.getElementById("title-error").text()).contains("short title");
        assertThat(page.getElementById("category-error").text()).contains("categories");
        assertThat(page.getElementById("targetDate-error").text()).contains("can't be in the past");
        assertThat(page.getElementById("measureTarget-error").text()).contains("at least 1");
        assertThat(page.getElementById("measureUnit").val()).isEqualTo("talks");
        assertThat(page.getElementById("steps").text()).isEqualTo("Keep this step");

        Response tooLong = alice.form("/goals/new")
                .formParams(Map.of("title", "x".repeat(161), "category", "JOB"))
                .post("/goals");
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(tooLong.asString()).getElementById("title-error").text())
                .contains("160 characters");
    }

    @Test
    void tickingAStepWithHtmxUpdatesTheListAndEveryProgressBar() {
        Long starId = Fixtures.northStar(aliceId, "Speak at conferences");
        Long goalId = Fixtures.goal(aliceId, starId, "First meetup talk", "Outline", "Slides");
        Long stepId = Fixtures.firstStepOf(goalId);

        Response ticked = alice.htmx("/goals/" + goalId).post("/goals/" + goalId + "/steps/" + stepId + "/toggle");

        assertThat(ticked.statusCode()).isEqualTo(200);
        Document fragment = Jsoup.parseBodyFragment(ticked.asString());
        assertThat(fragment.selectFirst("#step-" + stepId + "-toggle").attr("aria-pressed"))
                .isEqualTo("true");
        assertThat(fragment.selectFirst("#goal-" + goalId + "-progress").attr("hx-swap-oob"))
                .isEqualTo("true");
        assertThat(fragment.selectFirst("#goal-" + goalId + "-progress").text())
                .contains("50%")
                .contains("1 of 2 steps");
        assertThat(fragment.selectFirst("#north-star-" + starId + "-progress").text())
                .contains("50%");

        Response fromDashboard = alice.htmx("/")
                .formParam("from", "dashboard")
                .post("/goals/" + goalId + "/steps/" + stepId + "/toggle");
        Document dashboardFragment = Jsoup.parseBodyFragment(fromDashboard.asString());
        assertThat(dashboardFragment
                        .selectFirst("#due-step-" + stepId + "-toggle")
                        .attr("aria-pressed"))
                .isEqualTo("false");
        assertThat(dashboardFragment.selectFirst("#progress-counters").attr("hx-swap-oob"))
                .isEqualTo("true");
    }

    @Test
    void lineBreaksAndControlCharactersTypedIntoOneLineBecomeSpaces() {
        dev.waypoint.support.Newcomer me = dev.waypoint.support.Newcomer.signUp("control-characters");
        Response created = me.session()
                .form("/goals/new")
                .formParams(Map.of(
                        "title", "Ship\r\nSUMMARY:it\u0007now",
                        "category", "TECHNICAL",
                        "steps", "One\u0000step\r\nTwo\u001b[0m"))
                .post("/goals");
        assertThat(created.statusCode()).isEqualTo(303);
        String path = java.net.URI.create(created.header("Location")).getPath();
        me.session()
                .form(path)
                .formParam("title", "Three\rFour")
                .post(path + "/steps")
                .then()
                .statusCode(303);
        me.session()
                .form("/profile")
                .formParam("displayName", "Ada\rX-WR-CALNAME:Owned")
                .formParam("timeZone", "UTC")
                .formParam("checkInDay", "MONDAY")
                .formParam(
                        "version",
                        me.session()
                                .page("/profile")
                                .select("input[name=version]")
                                .val())
                .post("/profile")
                .then()
                .statusCode(303);

        Long goalId = Long.valueOf(path.replaceAll("\\D", ""));
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Goal.<Goal>findById(goalId).title).isEqualTo("Ship SUMMARY:it now");
            assertThat(Step.ofGoal(goalId))
                    .extracting(step -> step.title)
                    .containsExactly("One step", "Two [0m", "Three Four");
            assertThat(dev.waypoint.people.Person.<dev.waypoint.people.Person>findById(me.id()).displayName)
                    .isEqualTo("Ada X-WR-CALNAME:Owned");
        });
    }

    @Test
    void stepsAreAddedEditedReorderedAndDeletedWithoutJavaScriptToo() {
        Long goalId = Fixtures.goal(aliceId, null, "Write a blog post", "Pick a topic");
        String path = "/goals/" + goalId;

        alice.form(path)
                .formParam("title", "Publish it")
                .post(path + "/steps")
                .then()
                .statusCode(303);
        Long secondId =
                QuarkusTransaction.requiringNew().call(() -> Step.ofGoal(goalId).get(1).id);
        alice.form(path)
                .formParam("direction", "up")
                .post(path + "/steps/" + secondId + "/move")
                .then()
                .statusCode(303);
        alice.form(path)
                .formParam("title", "Publish it on Friday")
                .post(path + "/steps/" + secondId)
                .then()
                .statusCode(303);
        assertThat(alice.page(path).select("#steps .step-title").eachText())
                .containsExactly("Publish it on Friday", "Pick a topic");

        alice.form(path).post(path + "/steps/" + secondId + "/delete").then().statusCode(303);
        assertThat(alice.page(path).select("#steps .step-title").eachText()).containsExactly("Pick a topic");

        Response empty = alice.htmx(path).formParam("title", " ").post(path + "/steps");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.asString()).contains("A step needs a few words");
    }

    @Test
    void achievingIsCelebratedAndCanBeUndone() {
        Long goalId = Fixtures.goal(aliceId, null, "Pass the cloud exam", "Book it");
        String path = "/goals/" + goalId;

        Response achieved = alice.htmx(path).formParam("to", "ACHIEVED").post(path + "/status");
        assertThat(achieved.statusCode()).isEqualTo(200);
        assertThat(achieved.asString()).contains("You did it!").contains("Undo: back to active");
        assertThat(Jsoup.parseBodyFragment(achieved.asString())
                        .selectFirst("#goal-" + goalId + "-progress")
                        .text())
                .contains("100%")
                .contains("Achieved · 0 of 1 step");

        alice.htmx(path).post(path + "/status/undo").then().statusCode(200).body(containsString("Status: <span"));
        Document page = alice.page(path);
        assertThat(page.selectFirst("#lifecycle h2").text()).isEqualTo("Status: Active");
        assertThat(page.select("#history li").eachText()).anyMatch(line -> line.contains("Undid the last change"));

        alice.htmx(path).formParam("to", "ACTIVE").post(path + "/status").then().statusCode(409);
    }

    @Test
    void droppingKeepsTheReasonAndPivotingStartsALinkedGoal() {
        Long goalId = Fixtures.goal(aliceId, null, "Learn Haskell", "Read chapter one");
        String path = "/goals/" + goalId;

        Response pivot = alice.form(path)
                .formParams(Map.of("title", "Learn Elm instead", "reason", "Closer to my frontend work"))
                .post(path + "/pivot");
        assertThat(pivot.statusCode()).isEqualTo(303);

        Document newGoal = alice.page(pivot.header("Location").replaceAll("^https?://[^/]+", ""));
        assertThat(newGoal.selectFirst("h1").text()).isEqualTo("Learn Elm instead");
        assertThat(newGoal.select("a[href=" + path + "]").text()).isEqualTo("an earlier goal");
        Document old = alice.page(path);
        assertThat(old.selectFirst("#lifecycle h2").text()).isEqualTo("Status: Dropped");
        assertThat(old.text())
                .contains("Closer to my frontend work")
                .contains("Pivoted to a new goal: Learn Elm instead");
    }

    @Test
    void aRevisionIsRecordedAndAStaleOneRefused() {
        Long goalId = Fixtures.goal(aliceId, null, "Give 2 talks");
        String path = "/goals/" + goalId;
        String version =
                alice.page(path).selectFirst("#revise input[name=version]").val();
        String date = LocalDate.now().plusMonths(3).toString();

        alice.form(path)
                .formParams(Map.of(
                        "title", "Give 3 talks",
                        "category", "COMMUNICATION_AND_COMMUNITY",
                        "measureTarget", "3",
                        "measureUnit", "talks",
                        "targetDate", date,
                        "reason", "The first one went well",
                        "version", version))
                .post(path + "/revision")
                .then()
                .statusCode(303);

        Document page = alice.page(path);
        assertThat(page.select("#history li").first().text())
                .contains("title \"Give 2 talks\" → \"Give 3 talks\"")
                .contains("target none → 3")
                .contains("The first one went well");
        assertThat(page.selectFirst("#measure").text()).contains("0 of 3 talks");

        Response stale = alice.form(path)
                .formParams(Map.of("title", "Give 5 talks", "category", "JOB", "version", version))
                .post(path + "/revision");
        assertThat(stale.statusCode()).isEqualTo(409);
        Document conflict = Jsoup.parse(stale.asString());
        assertThat(conflict.text()).contains("changed in another window").contains("Give 3 talks");
        assertThat(conflict.getElementById("title").val()).isEqualTo("Give 5 talks");
    }

    @Test
    void theMeasureGoesUpAndDownInPlace() {
        Long goalId = Fixtures.goal(aliceId, null, "Read books");
        QuarkusTransaction.requiringNew().run(() -> {
            Goal goal = Goal.findById(goalId);
            goal.measureUnit = "books";
            goal.measureTarget = 4;
            goal.measureCurrent = 0;
        });
        String path = "/goals/" + goalId;

        alice.htmx(path).formParam("change", "up").post(path + "/measure");
        Response up = alice.htmx(path).formParam("change", "up").post(path + "/measure");

        Document fragment = Jsoup.parseBodyFragment(up.asString());
        assertThat(fragment.selectFirst("#measure .measure-value").text()).isEqualTo("2 of 4 books");
        assertThat(fragment.selectFirst("#goal-" + goalId + "-progress").text()).contains("50%");
    }
}
