package dev.waypoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.goals.Goal;
import dev.waypoint.milestones.Milestone;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.TeamShare;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The read API's audience, persona by persona: a token reads exactly what its owner reads in the
 * browser. Every API route about someone's item is called by each persona, and its status must be
 * the one that persona gets from the matching page, which must be the one the sharing rules give.
 */
@QuarkusTest
class ApiAccessTest {

    private static final String PRIVATE = "private-marker-51d0";

    /** Who calls, each with their own token and browser session, from empty accounts. */
    private final Map<String, Caller> callers = new LinkedHashMap<>();

    private Newcomer owner;
    private Long privateGoal;
    private Long mentorGoal;
    private Long teamGoal;
    private Long team;
    private Long mentorship;
    private Long pastMentorship;

    record Caller(Newcomer person, String token) {}

    @BeforeEach
    void anOwnerSharesSomeThingsAndKeepsOthers() {
        owner = Newcomer.signUp("api-owner");
        Long star = Fixtures.northStar(owner.id(), "Lead a team");
        privateGoal = Fixtures.goal(owner.id(), star, "Goal " + PRIVATE, "Step " + PRIVATE);
        mentorGoal = Fixtures.goal(owner.id(), star, "Goal for my mentor", "A step my mentor sees");
        Fixtures.share(Goal.class, mentorGoal);
        teamGoal = Fixtures.goal(owner.id(), null, "Goal for my team", "A step my team sees");
        Fixtures.milestone(owner.id(), "Milestone " + PRIVATE);
        Fixtures.share(Milestone.class, Fixtures.milestone(owner.id(), "A milestone my mentor reads"));
        Fixtures.checkIn(owner.id(), LocalDate.of(2026, 11, 2), "Win " + PRIVATE, "Focus " + PRIVATE, 2);
        Long shared = Fixtures.checkIn(owner.id(), LocalDate.of(2026, 11, 9), "A win my mentor reads", "Focus", 4);
        Fixtures.share(CheckIn.class, shared);

        callers.put("the owner", caller(owner));
        callers.put("their mentor", caller(Newcomer.signUp("api-mentor")));
        callers.put("their past mentor", caller(Newcomer.signUp("api-past-mentor")));
        callers.put("a team mate", caller(Newcomer.signUp("api-team-mate")));
        callers.put("a past team mate", caller(Newcomer.signUp("api-past-team-mate")));
        callers.put("a stranger", caller(Newcomer.signUp("api-stranger")));
        callers.put("an admin", caller(Newcomer.signUpAdmin("api-admin")));

        mentorship = Fixtures.mentorship(id("their mentor"), owner.id(), false);
        pastMentorship = Fixtures.mentorship(id("their past mentor"), owner.id(), true);
        for (Long each : List.of(mentorship, pastMentorship)) {
            Long meeting =
                    Fixtures.meeting(each, owner.id(), java.time.Instant.now().plusSeconds(86_400));
            Fixtures.talkingPoint(meeting, owner.id(), "Point " + PRIVATE, false);
            Fixtures.talkingPoint(meeting, owner.id(), "A point both read", true);
        }
        team = Fixtures.team("Platform", owner.id());
        Fixtures.member(team, id("a team mate"), Membership.Role.MEMBER, false);
        Fixtures.member(team, id("a past team mate"), Membership.Role.MEMBER, true);
        Fixtures.shareWithTeam(team, TeamShare.Item.GOAL, teamGoal, owner.id());
    }

    @Test
    void everyItemRouteAnswersAsItsPageDoesForEveryPersona() {
        record Item(String api, String page, Set<String> audience) {}
        List<Item> items = List.of(
                new Item("/api/v1/goals/" + privateGoal, "/goals/" + privateGoal, Set.of("the owner")),
                new Item("/api/v1/goals/" + mentorGoal, "/goals/" + mentorGoal, Set.of("the owner", "their mentor")),
                new Item("/api/v1/goals/" + teamGoal, "/goals/" + teamGoal, Set.of("the owner", "a team mate")),
                new Item("/api/v1/mentees/" + owner.id(), "/mentoring/mentees/" + owner.id(), Set.of("their mentor")),
                new Item("/api/v1/teams/" + team + "/board", "/teams/" + team, Set.of("the owner", "a team mate")),
                new Item(
                        "/api/v1/mentorships/" + mentorship + "/sessions",
                        "/mentorships/" + mentorship,
                        Set.of("the owner", "their mentor")),
                new Item(
                        "/api/v1/mentorships/" + pastMentorship + "/sessions",
                        "/mentorships/" + pastMentorship,
                        Set.of("the owner")));

        for (Item item : items) {
            callers.forEach((who, caller) -> {
                int expected = item.audience().contains(who) ? 200 : 404;
                Response api = Fixtures.api(caller.token()).get(item.api());
                int page = caller.person().session().request().get(item.page()).statusCode();
                assertThat(api.statusCode()).as("%s for %s", item.api(), who).isEqualTo(expected);
                assertThat(page).as("%s for %s", item.page(), who).isEqualTo(expected);
                if (expected == 404) {
                    assertThat(api.contentType()).startsWith("application/problem+json");
                    assertThat(api.asString()).doesNotContain("Goal for", "Platform");
                }
                if (!who.equals("the owner")) {
                    assertThat(api.asString()).as("%s for %s", item.api(), who).doesNotContain(PRIVATE);
                }
            });
        }
    }

    @Test
    void ownListsHoldOnlyOnesOwnThings() {
        List<String> own = List.of(
                "/api/v1/north-stars",
                "/api/v1/goals",
                "/api/v1/check-ins?weeks=520",
                "/api/v1/milestones",
                "/api/v1/mentees",
                "/api/v1/teams");
        callers.forEach((who, caller) -> {
            for (String path : own) {
                Response response = Fixtures.api(caller.token()).get(path);
                assertThat(response.statusCode()).as("%s for %s", path, who).isEqualTo(200);
                if (!who.equals("the owner")) {
                    assertThat(response.asString()).as("%s for %s", path, who).doesNotContain(PRIVATE);
                }
            }
        });
        var goals = Fixtures.api(token("the owner")).get("/api/v1/goals");
        assertThat(goals.jsonPath().getList("title", String.class))
                .containsExactlyInAnyOrder("Goal " + PRIVATE, "Goal for my mentor", "Goal for my team");
        assertThat(Fixtures.api(token("the owner")).get("/api/v1/milestones").asString())
                .contains("Milestone " + PRIVATE);
        assertThat(Fixtures.api(token("their mentor"))
                        .get("/api/v1/mentees")
                        .jsonPath()
                        .getList("id", Long.class))
                .containsExactly(owner.id());
        assertThat(Fixtures.api(token("their past mentor"))
                        .get("/api/v1/mentees")
                        .jsonPath()
                        .getList("id"))
                .isEmpty();
        assertThat(Fixtures.api(token("a team mate"))
                        .get("/api/v1/teams")
                        .jsonPath()
                        .getList("id", Long.class))
                .containsExactly(team);
        assertThat(Fixtures.api(token("a past team mate"))
                        .get("/api/v1/teams")
                        .jsonPath()
                        .getList("id"))
                .isEmpty();
    }

    @Test
    void aMentorReadsWhatTheMentorPageShowsAndNoMore() {
        Response mentee = Fixtures.api(token("their mentor")).get("/api/v1/mentees/" + owner.id() + "?weeks=520");
        var page = callers.get("their mentor").person().session().page("/mentoring/mentees/" + owner.id());

        assertThat(mentee.jsonPath().getList("goals.title", String.class)).containsExactly("Goal for my mentor");
        assertThat(page.text()).contains("Goal for my mentor").doesNotContain("Goal for my team");
        assertThat(mentee.jsonPath().getList("checkIns.wins.flatten()", String.class))
                .containsExactly("A win my mentor reads");
        String week = mentee.jsonPath().getString("checkIns[0].week");
        assertThat(callers.get("their mentor")
                        .person()
                        .session()
                        .page("/mentoring/mentees/" + owner.id() + "/check-ins/" + week)
                        .text())
                .contains("A win my mentor reads");
        assertThat(mentee.jsonPath().getList("milestones.title", String.class))
                .containsExactly("A milestone my mentor reads");
        assertThat(page.select("section[aria-labelledby=mentee-milestones] a").eachText())
                .containsExactly("A milestone my mentor reads");
        assertThat(page.text()).doesNotContain(PRIVATE);
        assertThat(mentee.asString()).doesNotContain(PRIVATE, "Goal for my team");
    }

    @Test
    void aMentorReadsTheSessionsWithoutTheMenteesPrivatePoints() {
        Response sessions = Fixtures.api(token("their mentor")).get("/api/v1/mentorships/" + mentorship + "/sessions");
        assertThat(sessions.jsonPath().getList("points.flatten().text", String.class))
                .containsExactly("A point both read");
        Response own = Fixtures.api(token("the owner")).get("/api/v1/mentorships/" + mentorship + "/sessions");
        assertThat(own.jsonPath().getList("points.flatten().text", String.class))
                .containsExactlyInAnyOrder("A point both read", "Point " + PRIVATE);
    }

    @Test
    void aTeamMateReadsTheBoardAsTheBoardPageShowsIt() {
        Response board = Fixtures.api(token("a team mate")).get("/api/v1/teams/" + team + "/board");
        var page = callers.get("a team mate").person().session().page("/teams/" + team);

        List<String> titles = board.jsonPath().getList("columns.cards.flatten().title", String.class);
        assertThat(titles).containsExactly("Goal for my team");
        assertThat(page.select(".board-card, .card").text()).contains("Goal for my team");
        assertThat(board.asString()).doesNotContain(PRIVATE, "Goal for my mentor");
        assertThat(Fixtures.api(token("a team mate"))
                        .get("/api/v1/goals/" + teamGoal)
                        .jsonPath()
                        .getList("steps.title", String.class))
                .containsExactly("A step my team sees");
    }

    /** Search finds for each persona what the search page finds for them, and that is what the rules give. */
    @Test
    void searchFindsForEachPersonaWhatTheirSearchPageFinds() {
        Map<String, Set<String>> found = Map.of(
                "the owner",
                Set.of("/goals/" + mentorGoal, "/goals/" + teamGoal),
                "their mentor",
                Set.of("/goals/" + mentorGoal),
                "a team mate",
                Set.of("/goals/" + teamGoal));
        callers.forEach((who, caller) -> {
            Response api = Fixtures.api(caller.token())
                    .queryParam("q", "goal for my")
                    .queryParam("kind", "goal")
                    .get("/api/v1/search");
            assertThat(api.statusCode()).as(who).isEqualTo(200);
            List<String> page = org.jsoup.Jsoup.parse(caller.person()
                            .session()
                            .request()
                            .queryParam("q", "goal for my")
                            .queryParam("kind", "goal")
                            .get("/search")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString())
                    .select(".search-hit-title")
                    .eachAttr("href");
            Set<String> expected = found.getOrDefault(who, Set.of());
            assertThat(api.jsonPath().getList("results.path", String.class))
                    .as("the API's search for %s", who)
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(page).as("the search page for %s", who).containsExactlyInAnyOrderElementsOf(expected);
            if (!who.equals("the owner")) {
                assertThat(Fixtures.api(caller.token())
                                .get("/api/v1/search?q=" + PRIVATE)
                                .jsonPath()
                                .getList("results"))
                        .as("%s searches for the private words", who)
                        .isEmpty();
            }
        });
    }

    private Caller caller(Newcomer person) {
        return new Caller(person, Fixtures.accessToken(person.id()));
    }

    private Long id(String who) {
        return callers.get(who).person().id();
    }

    private String token(String who) {
        return callers.get(who).token();
    }
}
