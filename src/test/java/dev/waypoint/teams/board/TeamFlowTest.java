package dev.waypoint.teams.board;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Week;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.Session;
import dev.waypoint.support.SqlStatements;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.TeamShare;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamFlowTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aTeamWithoutANameIsRefusedWithEverythingTypedKept() {
        var lead = Newcomer.signUp("namer");
        Response refused = lead.session()
                .form("/teams")
                .formParams(Map.of("name", "  ", "purpose", "P".repeat(501)))
                .post("/teams");

        assertThat(refused.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(refused.asString());
        assertThat(page.getElementById("name-error").text()).isEqualTo("Give the team a name.");
        assertThat(page.getElementById("purpose-error").text()).contains("500 characters");
        assertThat(page.getElementById("purpose").val()).isEqualTo("P".repeat(501));
        assertThat(page.getElementById("purpose").attr("maxlength")).isEqualTo("500");
    }

    @Test
    void aLeadStartsATeamAMemberJoinsSharesMovesAndLeaves() {
        var lead = Newcomer.signUp("lead");
        var member = Newcomer.signUp("member");
        Response created = lead.session()
                .form("/teams")
                .formParams(Map.of("name", "Platform", "purpose", "Ship calmly"))
                .post("/teams");
        assertThat(created.statusCode()).isEqualTo(303);
        String board =
                created.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        Long teamId = Long.valueOf(board.substring(board.lastIndexOf('/') + 1));

        Response invite = lead.session().form(board + "/manage").post(board + "/manage/invitations");
        String link =
                Jsoup.parse(invite.asString()).getElementById("invite-link").val();
        String invitation = link.replaceAll("^https?://[^/]+", "");
        assertThat(member.session().page(invitation).text()).contains("to join the team Platform");
        member.session().form(invitation).post(invitation + "/accept").then().statusCode(303);

        Long goal = Fixtures.goal(member.id(), null, "Write the on-call guide", "Outline");
        member.session()
                .form(board)
                .formParam("goalId", goal.toString())
                .post(board + "/shared-goals")
                .then()
                .statusCode(303);
        Document leadsBoard = lead.session().page(board);
        assertThat(leadsBoard.select(".column-not-started .board-card h3").eachText())
                .contains("Write the on-call guide");
        assertThat(lead.session()
                        .page(board + "?member=" + member.id())
                        .select(".board-card h3")
                        .eachText())
                .containsExactly("Write the on-call guide");
        assertThat(lead.session().page(board + "?member=" + lead.id()).select(".board-card"))
                .isEmpty();

        Response moved =
                member.session().htmx(board).formParam("to", "ACHIEVED").post(board + "/cards/" + goal + "/move");
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parseBodyFragment(moved.asString())
                        .select(".column-achieved .board-card h3")
                        .eachText())
                .contains("Write the on-call guide");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Goal.<Goal>findById(goal).status))
                .isEqualTo(GoalStatus.ACHIEVED);

        lead.session()
                .form(board)
                .formParams(Map.of(
                        "title",
                        "Everyone gives one internal talk",
                        "category",
                        "COMMUNICATION_AND_COMMUNITY",
                        "steps",
                        "Pick dates\nBook the room"))
                .post(board + "/team-goals")
                .then()
                .statusCode(303);
        assertThat(lead.session()
                        .page(board)
                        .select(".column-not-started .board-card h3")
                        .eachText())
                .contains("Everyone gives one internal talk");
        Response noTitle = lead.session()
                .form(board)
                .formParams(Map.of("title", " ", "category", "COMMUNICATION_AND_COMMUNITY", "steps", "Kept step"))
                .post(board + "/team-goals");
        assertThat(noTitle.statusCode()).isEqualTo(422);
        Document refused = Jsoup.parse(noTitle.asString());
        assertThat(refused.getElementById("tg-problem").text()).contains("A team goal needs a title");
        assertThat(refused.getElementById("tg-steps").text()).isEqualTo("Kept step");
        assertThat(refused.select("#tg-category option[selected]").val()).isEqualTo("COMMUNICATION_AND_COMMUNITY");

        member.session().form(board).post(board + "/leave").then().statusCode(303);
        assertThat(lead.session().page(board).text()).doesNotContain("Write the on-call guide");
        member.session().request().get(board).then().statusCode(404);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> Membership.current(teamId, member.id()).isPresent()))
                .isFalse();
    }

    @Test
    void teamGoalsHaveAssigneesWhoTickTheirStepsAndMembersCheerThem() {
        var lead = Newcomer.signUp("captain");
        var member = Newcomer.signUp("crew");
        var other = Newcomer.signUp("crew2");
        Long team = Fixtures.team("Docs", lead.id());
        Fixtures.member(team, member.id(), Membership.Role.MEMBER, false);
        Fixtures.member(team, other.id(), Membership.Role.MEMBER, false);
        String board = "/teams/" + team;
        lead.session()
                .form(board)
                .formParams(Map.of(
                        "title",
                        "Rewrite the onboarding guide",
                        "category",
                        "WORK_ENVIRONMENT",
                        "steps",
                        "Draft\nReview"))
                .post(board + "/team-goals");
        Long teamGoal = QuarkusTransaction.requiringNew()
                .call(() -> TeamGoal.<TeamGoal>find("team.id", team).firstResult().id);
        Long step = QuarkusTransaction.requiringNew()
                .call(() -> TeamGoalStep.<TeamGoalStep>find("teamGoal.id = ?1 order by position", teamGoal)
                        .firstResult()
                        .id);
        String stepPath = board + "/team-goals/" + teamGoal + "/steps/" + step;

        lead.session()
                .form(board)
                .formParam("personId", member.id().toString())
                .post(stepPath + "/assign")
                .then()
                .statusCode(303);
        other.session().form(board).post(stepPath + "/toggle").then().statusCode(404);
        member.session().form(board).post(stepPath + "/toggle").then().statusCode(303);
        member.session()
                .form(board)
                .formParams(Map.of(
                        "itemType", "TEAM_GOAL", "itemId", teamGoal.toString(), "kind", "COMMENT", "body", "On it!"))
                .post("/feedback")
                .then()
                .statusCode(303);
        other.session()
                .form(board)
                .formParams(Map.of("itemType", "TEAM_GOAL", "itemId", teamGoal.toString(), "kind", "CHEER"))
                .post("/feedback")
                .then()
                .statusCode(303);

        Document page = lead.session().page(board);
        var card = page.selectFirst(".column-in-progress .board-card");
        assertThat(card.text())
                .contains("Rewrite the onboarding guide")
                .contains("1 of 2 steps")
                .contains("On it!")
                .contains("Cheer (1)");
        Newcomer.signUp("outsider")
                .session()
                .form("/")
                .formParams(Map.of("itemType", "TEAM_GOAL", "itemId", teamGoal.toString(), "kind", "CHEER"))
                .post("/feedback")
                .then()
                .statusCode(404);
    }

    @Test
    void theOverviewCountsOnlyWhatMembersShareWithTheTeam() {
        var lead = Newcomer.signUp("overseer");
        var member = Newcomer.signUp("sharer");
        Long team = Fixtures.team("Data", lead.id());
        Fixtures.member(team, member.id(), Membership.Role.MEMBER, false);
        Long checkIn = Fixtures.checkIn(
                member.id(), LocalDate.now().with(java.time.DayOfWeek.MONDAY).minusWeeks(1), "Shipped", null, 4);
        Fixtures.shareWithTeam(team, TeamShare.Item.CHECK_IN, checkIn, member.id());

        Document overview = lead.session().page("/teams/" + team + "/overview");
        assertThat(overview.select("tbody tr")).hasSize(2);
        assertThat(overview.select("tbody tr").text()).contains("1 of 1 week").contains("not shared");
    }

    @Test
    void theShareFormTellsSomeoneWithoutGoalsHowToStartAndSomeoneWithAllSharedThatTheyAre() {
        var lead = Newcomer.signUp("starter");
        Long team = Fixtures.team("Design", lead.id());
        String board = "/teams/" + team;

        assertThat(lead.session()
                        .page(board)
                        .select("[aria-labelledby=share-heading]")
                        .text())
                .contains("You have no goals yet")
                .doesNotContain("on this board already");

        Long goal = Fixtures.goal(lead.id(), null, "Sketch the new onboarding");
        assertThat(lead.session().page(board).select("#share-goal option").eachText())
                .containsExactly("Sketch the new onboarding");
        Fixtures.shareWithTeam(team, TeamShare.Item.GOAL, goal, lead.id());
        assertThat(lead.session()
                        .page(board)
                        .select("[aria-labelledby=share-heading]")
                        .text())
                .contains("All your current goals are on this board already.");
    }

    @Test
    void theBoardAndOverviewCostTheSameForFiveAndFiftyMembers() {
        var small = teamOf(5);
        var large = teamOf(50);
        for (String page : new String[] {"", "/overview"}) {
            long forSmall = SqlStatements.forPage(sessionFactory, small.session(), "/teams/" + small.id() + page);
            long forLarge = SqlStatements.forPage(sessionFactory, large.session(), "/teams/" + large.id() + page);
            System.out.printf(
                    "SQL statements for the team board%s: %d (5 members), %d (50 members)%n", page, forSmall, forLarge);
            assertThat(forSmall).isPositive();
            assertThat(forLarge).isEqualTo(forSmall);
            // Who is signed in, their membership, members, where each shared goal stands, the
            // shown ones whole, latest check-ins, team goals with steps, their feedback, the
            // lead's goals to share (the overview: cheers and pauses instead of cards, and for
            // "needs you" the lead's answers and what they put off).
            assertThat(forLarge).as(page).isLessThanOrEqualTo(page.isEmpty() ? 8 : 9);
        }
        Document board = large.session().page("/teams/" + large.id());
        int total = board.select(".board-column h2 .muted").stream()
                .mapToInt(count -> Integer.parseInt(count.text().replaceAll("\\D", "")))
                .sum();
        assertThat(total).as("every card is counted").isEqualTo(500);
        assertThat(board.select(".board-card"))
                .as("but each column shows its first 8")
                .hasSizeLessThanOrEqualTo(32);
        assertThat(board.outerHtml().length())
                .as("the board stays under 100 KB")
                .isLessThan(100_000);

        var fullColumn = board.select(".board-column").stream()
                .filter(column -> column.select(".show-more a").size() == 1)
                .findFirst()
                .orElseThrow();
        int inColumn =
                Integer.parseInt(fullColumn.selectFirst("h2 .muted").text().replaceAll("\\D", ""));
        assertThat(fullColumn.select(".board-card")).hasSize(8);
        assertThat(fullColumn.selectFirst(".show-more a").text()).startsWith("Show all " + inColumn);
        Document opened =
                large.session().page(fullColumn.selectFirst(".show-more a").attr("href"));
        String heading = fullColumn.attr("aria-labelledby");
        assertThat(opened.select("section[aria-labelledby=" + heading + "] .board-card"))
                .hasSize(inColumn);
    }

    @Test
    void aRefusedTeamGoalEditKeepsWhatTheLeadTyped() {
        var lead = Newcomer.signUp("editor");
        Long team = Fixtures.team("Editing", lead.id());
        Long teamGoal = Fixtures.teamGoal(team, "Original title", "One step");
        String board = "/teams/" + team;

        Response refused = lead.session()
                .form(board)
                .formParams(Map.of("title", "x".repeat(161), "targetDate", "2027-02-30"))
                .post(board + "/team-goals/" + teamGoal);

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.getElementById("tg-title-" + teamGoal).val()).isEqualTo("x".repeat(161));
        assertThat(page.getElementById("tg-problem-" + teamGoal).text()).contains("160 characters");
        assertThat(page.select("#card-team-goal-" + teamGoal + " details[open]"))
                .isNotEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> TeamGoal.<TeamGoal>findById(teamGoal).title))
                .isEqualTo("Original title");
    }

    @Test
    void aTeamMateReadsATeamCheckInOnTheTeamPageNeverOnTheMentorsPage() {
        var lead = Newcomer.signUp("reader");
        var member = Newcomer.signUp("writer");
        Long team = Fixtures.team("Readers", lead.id());
        Fixtures.member(team, member.id(), Membership.Role.MEMBER, false);
        Long goal = Fixtures.goal(member.id(), null, "Private goal with notes");
        LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY).minusWeeks(2);
        Long checkIn = Fixtures.checkIn(member.id(), monday, "Team win", null, 2);
        QuarkusTransaction.requiringNew().run(() -> {
            var note = new dev.waypoint.checkins.CheckInNote();
            note.checkIn = dev.waypoint.checkins.CheckIn.findById(checkIn);
            note.goal = Goal.findById(goal);
            note.note = "Mentor-only note";
            note.persist();
        });
        Fixtures.shareWithTeam(team, TeamShare.Item.CHECK_IN, checkIn, member.id());
        String week = dev.waypoint.checkins.Week.containing(monday).id();

        lead.session()
                .request()
                .get("/mentoring/mentees/" + member.id() + "/check-ins/" + week)
                .then()
                .statusCode(404);
        Document teamPage = lead.session().page("/teams/" + team + "/check-ins/" + checkIn);
        assertThat(teamPage.text()).contains("Team win").doesNotContain("Mentor-only note");

        Response commented = lead.session()
                .form("/teams/" + team)
                .formParams(
                        Map.of("itemType", "CHECK_IN", "itemId", checkIn.toString(), "kind", "COMMENT", "body", "Nice"))
                .post("/feedback");
        assertThat(commented.header("Location"))
                .endsWith("/teams/" + team + "/check-ins/" + checkIn + "?done=comment-posted#feedback");
        Response acknowledged = lead.session()
                .form("/teams/" + team)
                .formParams(Map.of("itemType", "CHECK_IN", "itemId", checkIn.toString(), "kind", "ACKNOWLEDGEMENT"))
                .post("/feedback");
        assertThat(acknowledged.statusCode())
                .as("only mentors mark a check-in as read")
                .isEqualTo(404);
    }

    @Test
    void theOverviewCountsOnlyCheersGivenInsideTheTeam() {
        var lead = Newcomer.signUp("counter");
        var member = Newcomer.signUp("cheerer");
        var stranger = Newcomer.signUp("mentee-elsewhere");
        Long team = Fixtures.team("Cheers", lead.id());
        Fixtures.member(team, member.id(), Membership.Role.MEMBER, false);
        Long sharedGoal = Fixtures.goal(lead.id(), null, "Lead's shared goal");
        Fixtures.shareWithTeam(team, TeamShare.Item.GOAL, sharedGoal, lead.id());
        Long teamGoal = Fixtures.teamGoal(team, "Together", "Step");
        Fixtures.mentorship(member.id(), stranger.id(), false);
        Long elsewhere = Fixtures.goal(stranger.id(), null, "Mentee's goal");
        Fixtures.share(Goal.class, elsewhere);
        for (var item : Map.of("GOAL", sharedGoal, "TEAM_GOAL", teamGoal).entrySet()) {
            member.session()
                    .form("/teams/" + team)
                    .formParams(Map.of(
                            "itemType", item.getKey(), "itemId", item.getValue().toString(), "kind", "CHEER"))
                    .post("/feedback")
                    .then()
                    .statusCode(303);
        }
        member.session()
                .form("/goals/" + elsewhere)
                .formParams(Map.of("itemType", "GOAL", "itemId", elsewhere.toString(), "kind", "CHEER"))
                .post("/feedback")
                .then()
                .statusCode(303);

        Document overview = lead.session().page("/teams/" + team + "/overview");
        var row = overview.select("tbody tr").stream()
                .filter(tr -> tr.text().toLowerCase().contains(member.name()))
                .findFirst()
                .orElseThrow();
        assertThat(row.select("td").last().text()).isEqualTo("2");
    }

    @Test
    void theLastLeadCannotLeaveButCanOnceThereIsAnother() {
        var lead = Newcomer.signUp("only-lead");
        var member = Newcomer.signUp("stays");
        Long team = Fixtures.team("Kept", lead.id());
        Long membership = Fixtures.member(team, member.id(), Membership.Role.MEMBER, false);
        String board = "/teams/" + team;

        Response refused = lead.session().form(board).post(board + "/leave");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.asString()).select(".flash").text())
                .contains("only lead")
                .contains("Make someone else a lead");
        lead.session().page(board);

        lead.session().form(board + "/manage").post(board + "/manage/members/" + membership + "/promote");
        lead.session().form(board).post(board + "/leave").then().statusCode(303);
        member.session().page(board + "/manage");
    }

    @Test
    void cardsMoveWhereTheyAreSentKeepFocusAndFiltersAndTheRefreshLeavesAQuietBoardAlone() {
        var owner = Newcomer.signUp("mover");
        var mate = Newcomer.signUp("watcher");
        Long team = Fixtures.team("Movers", owner.id());
        Fixtures.member(team, mate.id(), Membership.Role.MEMBER, false);
        Long goal = Fixtures.goal(owner.id(), null, "Untouched goal", "A step");
        Long other = Fixtures.goal(owner.id(), null, "Other goal");
        QuarkusTransaction.requiringNew()
                .run(() -> Goal.<Goal>findById(other).category = dev.waypoint.goals.Category.JOB);
        Fixtures.shareWithTeam(team, TeamShare.Item.GOAL, goal, owner.id());
        Fixtures.shareWithTeam(team, TeamShare.Item.GOAL, other, owner.id());
        String board = "/teams/" + team;
        String filtered = board + "?category=technical";

        Response moved = owner.session()
                .htmx(filtered)
                .formParams(Map.of("to", "IN_PROGRESS", "filterCategory", "technical"))
                .post(board + "/cards/" + goal + "/move");

        assertThat(moved.statusCode()).isEqualTo(200);
        Document columns = Jsoup.parseBodyFragment(moved.asString());
        assertThat(columns.select(".column-in-progress .board-card h3").eachText())
                .containsExactly("Untouched goal");
        assertThat(columns.select(".board-card h3").eachText())
                .as("the category filter still holds")
                .doesNotContain("Other goal");
        assertThat(columns.select("#card-goal-" + goal + " h3 a[autofocus]")).hasSize(1);
        assertThat(columns.select("#board-poller[hx-swap-oob]").attr("hx-get")).contains("category=technical");

        Response back = owner.session()
                .htmx(filtered)
                .formParams(Map.of("to", "NOT_STARTED"))
                .post(board + "/cards/" + goal + "/move");
        assertThat(Jsoup.parseBodyFragment(back.asString())
                        .select(".column-not-started .board-card h3")
                        .eachText())
                .contains("Untouched goal");

        Long step = Fixtures.firstStepOf(goal);
        owner.session().htmx("/goals/" + goal).post("/goals/" + goal + "/steps/" + step + "/toggle");
        Response refused = owner.session()
                .htmx(board)
                .formParams(Map.of("to", "NOT_STARTED"))
                .post(board + "/cards/" + goal + "/move");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parseBodyFragment(refused.asString()).select(".flash").text())
                .contains("has progress already");

        Response noJs = owner.session()
                .form(filtered)
                .formParams(Map.of("to", "AT_RISK", "filterCategory", "technical"))
                .post(board + "/cards/" + goal + "/move");
        assertThat(noJs.header("Location")).endsWith(board + "?category=technical&done=card-moved");

        String refresh =
                mate.session().page(board).getElementById("board-poller").attr("hx-get");
        assertThat(mate.session().htmx(board).get(refresh).statusCode())
                .as("nothing changed: nothing to swap")
                .isEqualTo(204);
        owner.session().form(board).formParams(Map.of("to", "ACHIEVED")).post(board + "/cards/" + goal + "/move");
        Response changed = mate.session().htmx(board).get(refresh);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parseBodyFragment(changed.asString())
                        .select(".column-achieved .board-card h3")
                        .eachText())
                .contains("Untouched goal");
    }

    /** A team and its lead's browser. */
    record LedTeam(Long id, Session session) {}

    private LedTeam teamOf(int members) {
        var lead = Newcomer.signUp("lead" + members);
        Long team = Fixtures.team("Team of " + members, lead.id());
        for (int i = 0; i < members; i++) {
            Long person = Fixtures.person("bulk-" + members + "-" + i + "-"
                    + UUID.randomUUID().toString().substring(0, 6));
            Fixtures.member(team, person, Membership.Role.MEMBER, false);
            for (int g = 0; g < 10; g++) {
                Long goal = Fixtures.goal(person, null, "Goal " + g);
                Fixtures.shareWithTeam(team, TeamShare.Item.GOAL, goal, person);
            }
            // A roadblock each, shared with the team: the lead's "needs you" lists them all.
            Long checkIn = Fixtures.checkIn(
                    person, Week.current(Clock.systemUTC(), ZoneOffset.UTC).start(), "A win", "Focus", 3);
            QuarkusTransaction.requiringNew()
                    .run(() -> CheckIn.update("roadblocks = ?1 where id = ?2", "Blocked " + person, checkIn));
            Fixtures.shareWithTeam(team, TeamShare.Item.CHECK_IN, checkIn, person);
        }
        return new LedTeam(team, lead.session());
    }
}
