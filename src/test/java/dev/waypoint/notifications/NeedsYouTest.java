package dev.waypoint.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Week;
import dev.waypoint.checkins.WeekPause;
import dev.waypoint.people.Person;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.TestClock;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.TeamShare;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A mentor's and a lead's "needs you" lists: what waits for them, cleared by acting on it or put
 * off until next week, and nothing its reader may not see, nor anyone's missed weeks to a team.
 */
@QuarkusTest
class NeedsYouTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSharedCheckInWaitsForItsMentorUntilReadAndItsRoadblockUntilAnswered() {
        Newcomer mentor = Newcomer.signUp("needs-mentor");
        Newcomer mentee = Newcomer.signUp("needs-mentee");
        Fixtures.mentorship(mentor.id(), mentee.id(), Instant.now().minus(Duration.ofDays(42)), false);
        assertThat(items(mentor.session().page("/mentoring")))
                .singleElement()
                .satisfies(item -> assertThat(item.text())
                        .contains(mentee.displayName() + " has been quiet lately")
                        .doesNotContainPattern("\\d+ weeks?"));

        String week = thisWeek().id();
        submit(mentee, week, "Stuck on the flaky deploy", true);
        Long checkIn = checkInOf(mentee, week);
        assertThat(mentor.session().page("/inbox").text())
                .as("the inbox says so too")
                .contains(mentee.displayName() + " shared their check-in for "
                        + thisWeek().label() + ", with a roadblock");
        Document shared = mentor.session().page("/mentoring");
        assertThat(items(shared)).as("sharing ends the quiet").hasSize(1);
        Element item = shared.getElementById("needs-check-in-" + checkIn);
        assertThat(item.text())
                .contains(mentee.displayName() + " shared Week", "with a roadblock", "Stuck on the flaky deploy");
        assertThat(item.selectFirst("a").attr("href"))
                .isEqualTo("/mentoring/mentees/" + mentee.id() + "/check-ins/" + week);

        feedback(mentor, checkIn, "ACKNOWLEDGEMENT", null);
        assertThat(mentor.session()
                        .page("/mentoring")
                        .getElementById("needs-check-in-" + checkIn)
                        .text())
                .contains("roadblock in Week", "has no answer from you yet", "Stuck on the flaky deploy");

        feedback(mentor, checkIn, "COMMENT", "Want to pair on it on Thursday?");
        Document answered = mentor.session().page("/mentoring");
        assertThat(items(answered)).isEmpty();
        assertThat(answered.getElementById("needs-you").text()).contains("Nothing waits for you");
    }

    @Test
    void notNowPutsAnItemOffUntilTheMentorsNextWeekAndOnlyTheMentorCanSayIt() {
        Newcomer mentor = Newcomer.signUp("snooze-mentor");
        Newcomer mentee = Newcomer.signUp("snooze-mentee");
        Newcomer stranger = Newcomer.signUp("snooze-stranger");
        Fixtures.mentorship(mentor.id(), mentee.id(), false);
        String week = thisWeek().id();
        submit(mentee, week, "", true);
        Long checkIn = checkInOf(mentee, week);
        assertThat(mentor.session().page("/inbox").text())
                .contains(mentee.displayName() + " shared their check-in for "
                        + thisWeek().label())
                .doesNotContain("with a roadblock");
        String notNow = "/mentoring/needs-you/check-in-" + checkIn + "/not-now";

        stranger.session().form("/mentoring").post(notNow).then().statusCode(404);
        mentee.session().form("/mentoring").post(notNow).then().statusCode(404);
        mentor.session()
                .form("/mentoring")
                .post("/mentoring/needs-you/check-in-" + (checkIn + 1000) + "/not-now")
                .then()
                .statusCode(404);
        mentor.session()
                .form("/mentoring")
                .post("/mentoring/needs-you/anything/not-now")
                .then()
                .statusCode(404);
        assertThat(items(mentor.session().page("/mentoring"))).hasSize(1);

        String fragment = mentor.session()
                .htmx("/mentoring")
                .post(notNow)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(fragment).contains("Nothing waits for you").contains("It comes back next week");
        assertThat(items(mentor.session().page("/mentoring"))).isEmpty();

        clock.set(Instant.now().plus(Duration.ofDays(7)));
        assertThat(items(mentor.session().page("/mentoring")))
                .as("back the next week, still unread")
                .singleElement()
                .satisfies(back -> assertThat(back.id()).isEqualTo("needs-check-in-" + checkIn));
        mentor.session()
                .form("/mentoring")
                .post(notNow)
                .then()
                .statusCode(303)
                .header("Location", Matchers.endsWith("/mentoring?done=put-off#needs-you"));
    }

    @Test
    void aCheckInKeptFromMentorsNeverWaitsForThemAndPausedWeeksAreNotQuiet() {
        Newcomer mentor = Newcomer.signUp("pause-mentor");
        Newcomer mentee = Newcomer.signUp("pause-mentee");
        Fixtures.mentorship(mentor.id(), mentee.id(), Instant.now().minus(Duration.ofDays(21)), false);
        submit(mentee, thisWeek().id(), "A private worry", false);
        assertThat(mentor.session().page("/mentoring").text())
                .doesNotContain("A private worry")
                .contains(mentee.displayName() + " has been quiet lately");

        QuarkusTransaction.requiringNew().run(() -> {
            WeekPause pause = new WeekPause();
            pause.owner = Person.findById(mentee.id());
            pause.weekStart = thisWeek().previous().start();
            pause.reason = "Holiday";
            pause.persist();
        });
        Document page = mentor.session().page("/mentoring");
        assertThat(items(page)).isEmpty();
        assertThat(page.text()).doesNotContain("quiet lately");
    }

    @Test
    void aLeadSeesUnansweredRoadblocksSharedWithTheTeamAndNeverWhoWasQuiet() {
        Newcomer lead = Newcomer.signUp("needs-lead");
        Newcomer member = Newcomer.signUp("needs-member");
        Newcomer silent = Newcomer.signUp("needs-silent");
        Long team = Fixtures.team("Needs team", lead.id());
        Fixtures.member(team, member.id(), Membership.Role.MEMBER, false);
        Fixtures.member(team, silent.id(), Membership.Role.MEMBER, false);
        String week = thisWeek().id();
        submit(member, week, "Waiting on the security review", false);
        submit(lead, week, "My own roadblock", false);
        Long checkIn = checkInOf(member, week);
        Long own = checkInOf(lead, week);
        String overview = "/teams/" + team + "/overview";
        assertThat(items(lead.session().page(overview)))
                .as("not shared with the team yet")
                .isEmpty();

        Fixtures.shareWithTeam(team, TeamShare.Item.CHECK_IN, checkIn, member.id());
        Fixtures.shareWithTeam(team, TeamShare.Item.CHECK_IN, own, lead.id());
        Document page = lead.session().page(overview);
        assertThat(items(page)).singleElement().satisfies(item -> {
            assertThat(item.text()).contains(member.displayName() + "'s roadblock", "Waiting on the security review");
            assertThat(item.selectFirst("a").attr("href")).isEqualTo("/teams/" + team + "/check-ins/" + checkIn);
        });
        assertThat(page.text()).doesNotContain("quiet");

        String notNow = page.selectFirst("#needs-check-in-" + checkIn + " form").attr("action");
        assertThat(notNow).isEqualTo(overview + "/needs-you/check-in-" + checkIn + "/not-now");
        member.session().form("/teams/" + team).post(notNow).then().statusCode(404);
        lead.session()
                .form(overview)
                .post(overview + "/needs-you/quiet-" + silent.id() + "/not-now")
                .then()
                .statusCode(404);

        feedback(lead, checkIn, "CHEER", null);
        assertThat(items(lead.session().page(overview)))
                .as("a cheer is no answer")
                .hasSize(1);
        lead.session().form(overview).post(notNow).then().statusCode(303);
        assertThat(items(lead.session().page(overview))).as("put off").isEmpty();
        clock.set(Instant.now().plus(Duration.ofDays(7)));
        assertThat(items(lead.session().page(overview))).as("back next week").hasSize(1);
        feedback(lead, checkIn, "COMMENT", "I'll ask security to look today");
        assertThat(items(lead.session().page(overview))).isEmpty();
    }

    private static Week thisWeek() {
        return Week.current(Clock.systemUTC(), ZoneOffset.UTC);
    }

    private static Long checkInOf(Newcomer person, String week) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        CheckIn.of(person.id(), Week.parse(week).orElseThrow()).orElseThrow().id);
    }

    private static List<Element> items(Document page) {
        return page.select("#needs-you li.needs-item");
    }

    private static void submit(Newcomer person, String week, String roadblocks, boolean shareWithMentors) {
        var form = person.session()
                .form("/check-ins/" + week)
                .formParam("wins", "A week's work")
                .formParam("roadblocks", roadblocks)
                .formParam("focus", "Next week's work")
                .formParam("confidence", "3");
        if (shareWithMentors) {
            form = form.formParam("shareWithMentors", "on");
        }
        form.post("/check-ins/" + week).then().statusCode(303);
    }

    private static void feedback(Newcomer author, Long checkIn, String kind, String body) {
        var form = author.session()
                .form("/inbox")
                .formParams(Map.of("itemType", "CHECK_IN", "itemId", checkIn.toString(), "kind", kind));
        if (body != null) {
            form = form.formParam("body", body);
        }
        form.post("/feedback").then().statusCode(303);
    }
}
