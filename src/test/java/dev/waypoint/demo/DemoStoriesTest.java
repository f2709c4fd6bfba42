package dev.waypoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.people.Person;
import dev.waypoint.support.Newcomer;
import dev.waypoint.teams.Membership;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The dev-mode demo tells Waypoint's stories to whoever signs in: written here for four fresh
 * people in the personas' places, then read through their pages as they would see them.
 */
@QuarkusTest
class DemoStoriesTest {

    private static final String QUIET = "No shared check-in for 2+ weeks";
    private static final String STILL = "No progress for 4+ weeks";

    @Test
    void bobFollowsTwoMenteesAndCarolsBoardHasACardInEveryColumn() {
        Newcomer alice = Newcomer.signUp("alice");
        Newcomer bob = Newcomer.signUp("bob");
        Newcomer carol = Newcomer.signUp("carol");
        Newcomer dave = Newcomer.signUp("dave");
        QuarkusTransaction.requiringNew().run(() -> {
            Person a = Person.findById(alice.id());
            assertThat(DemoGoals.writeFor(a, Clock.systemUTC())).isTrue();
            DemoStories.write(
                    a,
                    Person.findById(bob.id()),
                    Person.findById(carol.id()),
                    Person.findById(dave.id()),
                    Clock.systemUTC());
        });

        Document mentoring = bob.session().page("/mentoring");
        String aliceCard = card(mentoring, alice);
        assertThat(aliceCard)
                .contains("Lead a cross-team design review", "Give talks at meetups")
                .doesNotContain("Write one blog post a month") // not shared with him
                .doesNotContain(QUIET)
                .doesNotContain(STILL);
        assertThat(card(mentoring, dave)).contains(QUIET, STILL, "Own the on-call handbook");
        // Bob has a list to work down: Alice's roadblock he read but did not answer, the weeks he has
        // not read yet, and Dave gone quiet.
        assertThat(mentoring.select("#needs-you li").eachText())
                .anySatisfy(item ->
                        assertThat(item).contains("has no answer from you yet", "Two reviewers still to confirm"))
                .anySatisfy(
                        item -> assertThat(item).contains(dave.displayName() + " shared", "Nobody owns the old alerts"))
                .anySatisfy(item -> assertThat(item).contains(dave.displayName() + " has been quiet lately"))
                .noneSatisfy(item -> assertThat(item).contains(alice.displayName() + " has been quiet"));
        assertThat(alice.session().page("/").select(".check-in-card").text()).contains("Consistency: 5 of 6 weeks");
        assertThat(alice.session().page("/people").text()).contains(bob.displayName());
        // A past session and the next one, both on the mentorship's page; Bob's private point is his.
        var alicesCard = mentoring.select("section.mentee").stream()
                .filter(section -> section.select("h2").text().equals(alice.displayName()))
                .findFirst()
                .orElseThrow();
        assertThat(alicesCard.select(".session-next").text()).contains("Next session");
        String sessions = alicesCard.select(".session-next a").attr("href");
        assertThat(bob.session().page(sessions).text())
                .contains("How to say no to the third project")
                .contains("Ask whether she wants the staff-track conversation yet");
        assertThat(alice.session().page(sessions).text())
                .contains("How to say no to the third project")
                .doesNotContain("staff-track");
        String mentorship = sessions.substring(0, sessions.indexOf("/sessions/"));
        assertThat(alice.session().page(mentorship).select("#past-heading ~ ul li"))
                .hasSize(1);
        assertThat(alice.session().page(mentorship).select("#upcoming-heading ~ ul li"))
                .hasSize(1);
        assertThat(bob.session().page(mentorship).select("#agreement").text())
                .contains("Growing towards staff", "Lead a cross-team design review", "Both of you agreed");
        assertThat(alice.session().page("/").select("#sessions-heading ~ ul").text())
                .contains(bob.displayName());

        Long team = QuarkusTransaction.requiringNew()
                .call(() -> Membership.ofPerson(carol.id()).get(0).team.id);
        Document board = carol.session().page("/teams/" + team);
        for (String column : new String[] {"not-started", "in-progress", "at-risk", "achieved"}) {
            assertThat(board.select(".column-" + column + " .board-card"))
                    .as(column)
                    .isNotEmpty();
        }
        assertThat(board.text())
                .contains("Halve the build time", "Own the on-call handbook", "Run our first team offsite");
        Document overview = carol.session().page("/teams/" + team + "/overview");
        assertThat(overview.select("tbody tr")).hasSize(3);
        assertThat(overview.select("#needs-you li").eachText())
                .anySatisfy(item -> assertThat(item).contains("Two reviewers still to confirm"))
                .anySatisfy(item -> assertThat(item).contains("Nobody owns the old alerts"))
                .noneSatisfy(item -> assertThat(item).contains("quiet"));
        // Team mates see the board too; someone outside the team does not.
        assertThat(dave.session().page("/teams/" + team).text()).contains("Halve the build time");
        assertThat(bob.session().request().get("/teams/" + team).statusCode()).isEqualTo(404);
    }

    private static String card(Document mentoring, Newcomer mentee) {
        Element heading = mentoring.getElementById("mentee-" + mentee.id());
        assertThat(heading).as("card of " + mentee.name()).isNotNull();
        return heading.parent().text();
    }
}
