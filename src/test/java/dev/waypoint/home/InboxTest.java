package dev.waypoint.home;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.goals.Goal;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.SqlStatements;
import dev.waypoint.teams.Membership;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The inbox and its bell: what reaches a person, opened and marked read, and only while they may see it. */
@QuarkusTest
class InboxTest {

    @Inject
    SessionFactory database;

    @Test
    void aCommentRingsTheBellAndOpeningItFromTheInboxReadsIt() {
        Newcomer alice = Newcomer.signUp("inboxalice");
        Newcomer bob = Newcomer.signUp("inboxbob");
        Fixtures.mentorship(bob.id(), alice.id(), false);
        Long goal = Fixtures.goal(alice.id(), null, "Lead the guild");
        Fixtures.share(Goal.class, goal);
        assertThat(bell(alice.session().page("/"))).as("nothing yet").isEmpty();
        assertThat(alice.session().page("/inbox").text()).contains("Nothing here yet.");

        bob.commentsOn(goal, "Nice plan");
        Document page = alice.session().page("/inbox");
        assertThat(bell(page)).isEqualTo("1");
        assertThat(page.select(".inbox-entry.unread").eachText())
                .singleElement()
                .asString()
                .contains(bob.displayName() + " commented on your goal “Lead the guild”");
        assertThat(page.select(".inbox-day-heading").eachText()).containsExactly("Today");

        String open = page.selectFirst(".inbox-entry form[action$=/open]").attr("action");
        alice.session()
                .form("/inbox")
                .redirects()
                .follow(false)
                .post(open)
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/goals/" + goal));
        Document after = alice.session().page("/inbox");
        assertThat(bell(after)).as("read once opened").isEmpty();
        assertThat(after.select(".inbox-entry.unread")).isEmpty();
        assertThat(after.select(".inbox-entry").eachText())
                .singleElement()
                .asString()
                .contains("Lead the guild");

        // Bob may not open or mark Alice's entry: it is not his.
        String id = open.replaceAll("\\D", "");
        bob.session().form("/inbox").post("/inbox/" + id + "/read").then().statusCode(404);
        bob.session().form("/inbox").post(open).then().statusCode(404);
    }

    @Test
    void anEntryWhoseItemIsNoLongerSharedKeepsItsTitleBack() {
        Newcomer mentee = Newcomer.signUp("unshareme");
        Newcomer mentor = Newcomer.signUp("unsharementor");
        Newcomer other = Newcomer.signUp("unshareother");
        Fixtures.mentorship(mentor.id(), mentee.id(), false);
        Fixtures.mentorship(other.id(), mentee.id(), false);
        Long goal = Fixtures.goal(mentee.id(), null, "Secret pivot plan");
        Fixtures.share(Goal.class, goal);
        mentor.commentsOn(goal, "First!");
        other.commentsOn(goal, "Second");
        assertThat(mentor.session().page("/inbox").text())
                .contains(other.displayName() + " replied on “Secret pivot plan”");

        mentee.session()
                .form("/goals/" + goal)
                .formParams(Map.of("share", "off"))
                .post("/goals/" + goal + "/sharing")
                .then()
                .statusCode(303);
        Document page = mentor.session().page("/inbox");
        assertThat(page.text()).doesNotContain("Secret pivot plan").contains("no longer shared with you");
        assertThat(page.select(".inbox-entry form[action$=/open]"))
                .as("opens nothing")
                .isEmpty();
        assertThat(bell(page)).isEqualTo("1");
        page.select(".inbox-entry form[action$=/read]")
                .forEach(form -> mentor.session()
                        .form("/inbox")
                        .post(form.attr("action"))
                        .then()
                        .statusCode(303));
        assertThat(bell(mentor.session().page("/inbox"))).isEmpty();
    }

    @Test
    void teamMatesHearOfASharedGoalAndAnAssignedStepAndEveryoneOfTheirOwnSecurity() {
        Newcomer lead = Newcomer.signUp("inboxlead");
        Newcomer member = Newcomer.signUp("inboxmember");
        Long team = Fixtures.team("Inbox crew", lead.id());
        Fixtures.member(team, member.id(), Membership.Role.MEMBER, false);
        Long goal = Fixtures.goal(member.id(), null, "Write the runbook");
        member.session()
                .form("/goals/" + goal)
                .formParams(Map.of("teamId", team.toString(), "share", "on"))
                .post("/goals/" + goal + "/team-sharing")
                .then()
                .statusCode(303);
        Long teamGoal = Fixtures.teamGoal(team, "Ship the app", "Plan it");
        Long step = Fixtures.firstStepOfTeamGoal(teamGoal);
        lead.session()
                .form("/teams/" + team)
                .formParams(Map.of("personId", member.id().toString()))
                .post("/teams/" + team + "/team-goals/" + teamGoal + "/steps/" + step + "/assign")
                .then()
                .statusCode(303);
        member.session()
                .form("/profile")
                .formParams(Map.of("tokenName", "Inbox script", "lifetime", "90"))
                .post("/profile/access-tokens")
                .then()
                .statusCode(200);

        assertThat(lead.session().page("/inbox").select(".inbox-entry").eachText())
                .singleElement()
                .asString()
                .contains(member.displayName() + " shared “Write the runbook” with your team");
        assertThat(member.session().page("/inbox").select(".inbox-entry").eachText())
                .hasSize(2)
                .anySatisfy(text -> assertThat(text).contains("A new access token was made for your account"))
                .anySatisfy(text -> assertThat(text)
                        .contains(lead.displayName() + " gave you a step of the team goal “Ship the app”"));
        member.session().form("/inbox").post("/inbox/read-all").then().statusCode(303);
        assertThat(bell(member.session().page("/"))).isEmpty();
    }

    @Test
    void theInboxCostsTheSameWhateverItHolds() {
        Newcomer reader = Newcomer.signUp("inboxcost");
        Newcomer writer = Newcomer.signUp("inboxcostwriter");
        Fixtures.mentorship(writer.id(), reader.id(), false);
        Long goal = Fixtures.goal(reader.id(), null, "Costly goal");
        Fixtures.share(Goal.class, goal);
        Long milestone = Fixtures.milestone(reader.id(), "Costly milestone");
        Fixtures.share(dev.waypoint.milestones.Milestone.class, milestone);
        writer.commentsOn(goal, "one");
        commentOnMilestone(writer, milestone, "one");
        long few = SqlStatements.forPage(database, reader.session(), "/inbox");
        long dashboardFew = SqlStatements.forPage(database, reader.session(), "/");
        for (int i = 0; i < 12; i++) {
            writer.commentsOn(goal, "more " + i);
            commentOnMilestone(writer, milestone, "more " + i);
        }
        assertThat(SqlStatements.forPage(database, reader.session(), "/inbox")).isEqualTo(few);
        assertThat(SqlStatements.forPage(database, reader.session(), "/")).isEqualTo(dashboardFew);
    }

    private static void commentOnMilestone(Newcomer author, Long milestone, String body) {
        author.session()
                .form("/milestones/" + milestone)
                .formParams(Map.of(
                        "itemType", "MILESTONE", "itemId", milestone.toString(), "kind", "COMMENT", "body", body))
                .post("/feedback")
                .then()
                .statusCode(303);
    }

    private static String bell(Document page) {
        return page.select(".inbox-link .count-badge").text();
    }
}
