package dev.waypoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.goals.Goal;
import dev.waypoint.milestones.Milestone;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.SqlStatements;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.TeamShare;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Each read-API call costs a few statements, and no more for a person with many of everything than
 * one; so does the mentee page, which reads what its route does.
 */
@QuarkusTest
class ApiStatementsTest {

    /** Token lookup, its last use, and the reads a route makes (the board, with its columns, makes most). */
    private static final long MOST = 12;

    @Inject
    SessionFactory database;

    @Test
    void everyRouteCostsTheSameForOneOfEverythingOrMany() {
        Account few = account("api-few", 1);
        Account many = account("api-many", 20);

        for (String route : List.of(
                "/api/v1/me",
                "/api/v1/north-stars",
                "/api/v1/goals",
                "/api/v1/goals/{goal}",
                "/api/v1/check-ins?weeks=520",
                "/api/v1/consistency?weeks=520",
                "/api/v1/milestones",
                "/api/v1/teams",
                "/api/v1/teams/{team}/board",
                "/api/v1/mentees",
                "/api/v1/mentees/{mentee}?weeks=520")) {
            long forFew = statements(few, route);
            long forMany = statements(many, route);
            assertThat(forFew).as(route).isPositive().isLessThanOrEqualTo(MOST);
            // More data never costs more statements (the board may skip one for a column it fills).
            assertThat(forMany).as(route + " with twenty of everything").isLessThanOrEqualTo(forFew);
        }
    }

    @Test
    void theMenteePageCostsTheSameForOneSharedThingOrMany() {
        Account few = account("mentee-page-few", 1);
        Account many = account("mentee-page-many", 20);
        String page = "/mentoring/mentees/";

        long forFew = SqlStatements.forPage(database, few.mentor().session(), page + few.mentee());
        long forMany = SqlStatements.forPage(database, many.mentor().session(), page + many.mentee());

        assertThat(forFew).isPositive().isLessThanOrEqualTo(MOST);
        assertThat(forMany).isLessThanOrEqualTo(forFew);
        assertThat(many.mentor()
                        .session()
                        .page(page + many.mentee())
                        .select("section[aria-labelledby=mentee-milestones] a"))
                .hasSize(20);
    }

    /** A mentor who leads a team, with a mentee holding {@code count} of everything, all shared. */
    record Account(Newcomer mentor, String token, Long goal, Long team, Long mentee) {}

    private static Account account(String prefix, int count) {
        Newcomer me = Newcomer.signUp(prefix);
        Newcomer mentee = Newcomer.signUp(prefix + "-mentee");
        Fixtures.mentorship(me.id(), mentee.id(), false);
        Long team = Fixtures.team(prefix, me.id());
        Fixtures.member(team, mentee.id(), Membership.Role.MEMBER, false);
        Long goal = null;
        for (Newcomer owner : List.of(me, mentee)) {
            for (int i = 0; i < count; i++) {
                Long star = Fixtures.northStar(owner.id(), "Star " + i);
                goal = Fixtures.goal(owner.id(), star, "Goal " + i, "Step one", "Step two");
                Fixtures.share(Goal.class, goal);
                Fixtures.shareWithTeam(team, TeamShare.Item.GOAL, goal, owner.id());
                Fixtures.share(Milestone.class, Fixtures.milestone(owner.id(), "Milestone " + i));
                Long checkIn = Fixtures.checkIn(
                        owner.id(), LocalDate.of(2026, 11, 30).minusWeeks(i + 1L), "Win " + i, "Focus", 3);
                Fixtures.share(dev.waypoint.checkins.CheckIn.class, checkIn);
            }
        }
        Fixtures.teamGoal(team, "Team goal", "Team step");
        return new Account(me, Fixtures.accessToken(me.id()), goal, team, mentee.id());
    }

    private long statements(Account account, String route) {
        String path = route.replace("{goal}", account.goal().toString())
                .replace("{team}", account.team().toString())
                .replace("{mentee}", account.mentee().toString());
        return SqlStatements.ofSecond(
                database, () -> Fixtures.api(account.token()).get(path).then().statusCode(200));
    }
}
