package dev.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Every change says it worked in one place, the page's status line (a live region): after a
 * plain form through the redirect, after an htmx change out of band into the same line.
 */
@QuarkusTest
class ConfirmationTest {

    @Test
    void aNewcomersChangesEachConfirmInTheStatusLine() {
        Newcomer newcomer = Newcomer.signUp("confirmed");
        Session me = newcomer.session();

        Response star = me.form("/north-stars/new")
                .formParams(Map.of("title", "Grow into a tech lead"))
                .post("/north-stars");
        assertThat(statusLineAfter(me, star)).isEqualTo(Confirmation.NORTH_STAR_SET.message());

        Response goal = me.form("/goals/new")
                .formParams(Map.of("title", "Run a design review", "category", "TECHNICAL"))
                .post("/goals");
        assertThat(statusLineAfter(me, goal)).isEqualTo(Confirmation.GOAL_SET.message());
        String goalPage = path(goal).replaceAll("\\?.*", "");

        Response step = me.htmx(goalPage).formParam("title", "Pick a design").post(goalPage + "/steps");
        assertThat(outOfBand(step)).isEqualTo(Confirmation.STEP_ADDED.message());
        Long stepId = Fixtures.firstStepOf(Long.valueOf(goalPage.replaceAll("\\D", "")));
        Response ticked = me.htmx(goalPage).post(goalPage + "/steps/" + stepId + "/toggle");
        assertThat(outOfBand(ticked)).isEqualTo(Confirmation.STEP_DONE.message());

        Response milestone = me.form("/milestones/new")
                .formParams(Map.of("title", "Gave my first talk", "kind", "TALK", "date", "2026-11-02"))
                .post("/milestones");
        assertThat(statusLineAfter(me, milestone)).isEqualTo(Confirmation.MILESTONE_SAVED.message());

        Response team =
                me.form("/teams").formParams(Map.of("name", "Guild of one")).post("/teams");
        assertThat(statusLineAfter(me, team)).isEqualTo(Confirmation.TEAM_CREATED.message());
        Long teamId = Long.valueOf(path(team).replaceAll("\\?.*", "").replaceAll("\\D", ""));

        Response shared = me.form(goalPage)
                .formParams(Map.of("teamId", teamId, "share", "on"))
                .post(goalPage + "/team-sharing");
        Document afterSharing = me.page(path(shared));
        assertThat(afterSharing.selectFirst("#flash-line").text()).isEqualTo(Confirmation.SHARED_WITH_TEAM.message());
        assertThat(afterSharing.selectFirst("#sharing").text())
                .contains("You and the members of Guild of one can see this goal.")
                .contains("Take off the Guild of one board");

        Response moved = me.htmx("/teams/" + teamId)
                .formParam("to", "AT_RISK")
                .post("/teams/" + teamId + "/cards/" + goalPage.replaceAll("\\D", "") + "/move");
        assertThat(outOfBand(moved)).isEqualTo(Confirmation.CARD_MOVED.message());

        Response archived = me.form("/teams/" + teamId + "/manage").post("/teams/" + teamId + "/manage/archive");
        assertThat(statusLineAfter(me, archived)).isEqualTo(Confirmation.TEAM_ARCHIVED.message());
    }

    @Test
    void theSentenceComesFromTheAppNeverFromTheAddress() {
        Session me = Newcomer.signUp("spoofed").session();

        assertThat(me.page("/?done=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
                        .selectFirst("#flash-line")
                        .text())
                .isEmpty();
        assertThat(me.page("/?done=goal-set").selectFirst("#flash-line").text())
                .isEqualTo(Confirmation.GOAL_SET.message());
        assertThat(me.page("/").selectFirst("#flash-line").attr("role")).isEqualTo("status");
    }

    private static String statusLineAfter(Session me, Response redirect) {
        assertThat(redirect.statusCode()).as(redirect.asString()).isEqualTo(303);
        return me.page(path(redirect)).selectFirst("#flash-line").text();
    }

    private static String path(Response redirect) {
        return redirect.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("#.*", "");
    }

    /** The sentence an htmx answer puts into the status line. */
    private static String outOfBand(Response answer) {
        assertThat(answer.statusCode()).isEqualTo(200);
        var line = Jsoup.parseBodyFragment(answer.asString()).selectFirst("#flash-line[hx-swap-oob=innerHTML]");
        assertThat(line).as(answer.asString()).isNotNull();
        return line.text();
    }
}
