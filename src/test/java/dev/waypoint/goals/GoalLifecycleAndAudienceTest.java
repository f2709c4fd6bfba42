package dev.waypoint.goals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.TeamShare;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Refused status changes keep what was typed; each goal page says truly who can see it. */
@QuarkusTest
class GoalLifecycleAndAudienceTest {

    @Test
    void aRefusedDropOrPivotKeepsWhatWasTypedWithOrWithoutJavaScript() {
        Newcomer owner = Newcomer.signUp("dropper");
        Long goal = Fixtures.goal(owner.id(), null, "Learn Rust");
        String path = "/goals/" + goal;
        String longReason = "Because ".repeat(70);

        Response htmxDrop = owner.session()
                .htmx(path)
                .formParams(Map.of("to", "DROPPED", "reason", longReason))
                .post(path + "/status");
        assertThat(htmxDrop.statusCode()).isEqualTo(422);
        assertThat(htmxDrop.contentType()).isEqualTo("text/html;charset=UTF-8");
        Document fragment = Jsoup.parseBodyFragment(htmxDrop.asString());
        assertThat(fragment.getElementById("drop-reason").text()).isEqualTo(longReason.strip());
        assertThat(fragment.select("#lifecycle details[open]")).isNotEmpty();
        assertThat(fragment.select("#lifecycle .flash").text()).contains("500 characters");

        Response plainDrop = owner.session()
                .form(path)
                .formParams(Map.of("to", "DROPPED", "reason", longReason))
                .post(path + "/status");
        assertThat(plainDrop.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(plainDrop.asString())
                        .getElementById("drop-reason")
                        .text())
                .isEqualTo(longReason.strip());

        owner.session().form(path).formParam("to", "ACHIEVED").post(path + "/status");
        Response notFromHere =
                owner.session().form(path).formParam("to", "PAUSED").post(path + "/status");
        assertThat(notFromHere.statusCode())
                .as("no JavaScript, an impossible change")
                .isEqualTo(409);
        assertThat(Jsoup.parse(notFromHere.asString())
                        .select("#lifecycle .flash")
                        .text())
                .contains("isn't possible from here");

        owner.session().form(path).formParam("to", "ACTIVE").post(path + "/status");
        Response pivot = owner.session()
                .form(path)
                .formParams(Map.of("title", "x".repeat(161), "reason", "What I learned"))
                .post(path + "/pivot");
        assertThat(pivot.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(pivot.asString());
        assertThat(page.getElementById("pivot-title").val()).isEqualTo("x".repeat(161));
        assertThat(page.getElementById("pivot-reason").text()).isEqualTo("What I learned");
        assertThat(page.select("#lifecycle .flash").text()).contains("160 characters");
    }

    @Test
    void aSharedGoalsHistoryNamesThePivotOnlyForThoseWhoMaySeeTheNewGoal() {
        Newcomer owner = Newcomer.signUp("pivoter");
        Newcomer mate = Newcomer.signUp("mate");
        Long team = Fixtures.team("Pivots " + UUID.randomUUID(), owner.id());
        Fixtures.member(team, mate.id(), Membership.Role.MEMBER, false);
        Long goal = Fixtures.goal(owner.id(), null, "Old direction");
        Fixtures.shareWithTeam(team, TeamShare.Item.GOAL, goal, owner.id());
        String path = "/goals/" + goal;

        Response pivot = owner.session()
                .form(path)
                .formParams(Map.of("title", "Secret new direction", "reason", "Changed my mind"))
                .post(path + "/pivot");
        assertThat(pivot.statusCode()).isEqualTo(303);

        Document seenByMate = mate.session().page(path);
        assertThat(seenByMate.text()).contains("Pivoted to a new goal").doesNotContain("Secret new direction");
        assertThat(seenByMate.select("a[href^=/goals/]").eachAttr("href")).doesNotContain(pivot.header("Location"));
        assertThat(owner.session().page(path).text()).contains("Pivoted to a new goal: Secret new direction");
    }

    @Test
    void theAudienceSentenceNamesMentorsAndTeamsForTheOwnerAndTheWayInForViewers() {
        Newcomer owner = Newcomer.signUp("sharer");
        Newcomer mentor = Newcomer.signUp("guide");
        Newcomer mate = Newcomer.signUp("colleague");
        String teamName = "Audience " + UUID.randomUUID().toString().substring(0, 6);
        Long team = Fixtures.team(teamName, owner.id());
        Fixtures.member(team, mate.id(), Membership.Role.MEMBER, false);
        Fixtures.mentorship(mentor.id(), owner.id(), false);
        Long goal = Fixtures.goal(owner.id(), null, "Visible goal");
        String path = "/goals/" + goal;

        assertThat(audience(owner, path)).isEqualTo("Only you can see this goal.");

        Fixtures.shareWithTeam(team, TeamShare.Item.GOAL, goal, owner.id());
        assertThat(audience(owner, path)).isEqualTo("You and the members of " + teamName + " can see this goal.");
        assertThat(audience(mate, path)).contains("shared this goal with the team " + teamName);

        Fixtures.share(Goal.class, goal);
        assertThat(audience(owner, path))
                .contains(displayName(mentor))
                .contains("(your mentor)")
                .contains("the members of " + teamName);
        assertThat(audience(mentor, path)).contains("you as a mentor").doesNotContain(teamName);

        owner.session().form("/teams/" + team).post("/teams/" + team + "/manage/archive");
        assertThat(audience(owner, path)).doesNotContain(teamName);
        mate.session().request().get(path).then().statusCode(404);
    }

    private static String audience(Newcomer viewer, String path) {
        return viewer.session().page(path).select("#sharing .badge.audience").text();
    }

    private static String displayName(Newcomer person) {
        return QuarkusTransaction.requiringNew()
                .call(() -> dev.waypoint.people.Person.<dev.waypoint.people.Person>findById(person.id()).displayName);
    }
}
