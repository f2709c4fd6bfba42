package dev.waypoint.goals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import dev.waypoint.support.SqlStatements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Pages issue the same number of SQL statements however much a person has written. */
@QuarkusTest
class QueryCountTest {

    static final int MAX_PER_PAGE = 7;
    /**
     * The dashboard gathers goals, steps, check-ins with pauses (one union), north stars, the
     * comments and cheers not seen yet and the next session with each mentor, and finds who is
     * signed in.
     */
    static final int MAX_PER_DASHBOARD = 7;
    /**
     * The goal page: who is signed in, the goal with its steps, the owner's north stars with the
     * roll-up, feedback, everyone who can see the goal (mentors and teams), and its history.
     */
    static final int MAX_PER_GOAL_PAGE = 6;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void pagesCostTheSameForThreeGoalsAndForThreeHundred() {
        GoalOwner small = personWithGoals(3);
        GoalOwner large = personWithGoals(300);

        for (String page : new String[] {"/", "/goals", "/ideas", "/ideas?q=talk", "/goal"}) {
            long forSmall = statementsFor(small, page);
            long forLarge = statementsFor(large, page);
            System.out.printf("SQL statements for %s: %d (3 goals), %d (300 goals)%n", page, forSmall, forLarge);
            assertThat(forSmall).as(page + " is measured").isPositive();
            assertThat(forLarge).as(page).isEqualTo(forSmall);
            int bound = switch (page) {
                case "/" -> MAX_PER_DASHBOARD;
                case "/goal" -> MAX_PER_GOAL_PAGE;
                default -> MAX_PER_PAGE;
            };
            assertThat(forLarge).as(page).isLessThanOrEqualTo(bound);
        }
    }

    @Test
    void checkInPagesCostTheSameForOneYearAndForFiveYearsOfHistory() {
        GoalOwner oneYear = personWithGoals(3);
        Fixtures.weeklyCheckIns(oneYear.id(), 52);
        GoalOwner fiveYears = personWithGoals(3);
        Fixtures.weeklyCheckIns(fiveYears.id(), 260);
        String thisWeek = "/check-ins/"
                + dev.waypoint.checkins.Week.current(java.time.Clock.systemUTC(), java.time.ZoneOffset.UTC)
                        .id();

        for (String page : new String[] {"/", thisWeek, "/check-ins", "/insights"}) {
            long forOneYear = statementsFor(oneYear, page);
            long forFiveYears = statementsFor(fiveYears, page);
            System.out.printf("SQL statements for %s: %d (1 year), %d (5 years)%n", page, forOneYear, forFiveYears);
            assertThat(forOneYear).as(page + " is measured").isPositive();
            assertThat(forFiveYears).as(page).isEqualTo(forOneYear);
            assertThat(forFiveYears).as(page).isLessThanOrEqualTo(page.equals("/") ? MAX_PER_DASHBOARD : MAX_PER_PAGE);
        }
    }

    private record GoalOwner(Session session, Long id, Long firstGoalId) {}

    private GoalOwner personWithGoals(int goals) {
        String name = "counted-" + goals + "-" + UUID.randomUUID().toString().substring(0, 6);
        Session session = SignIn.asNewcomer(name);
        session.page("/");
        Long personId = QuarkusTransaction.requiringNew()
                .call(() -> dev.waypoint.people.Person.<dev.waypoint.people.Person>find("subject", name)
                        .firstResult()
                        .id);
        Long star = Fixtures.northStar(personId, "Star of " + name);
        Long first = null;
        for (int i = 0; i < goals; i++) {
            Long goal = Fixtures.goal(personId, i % 2 == 0 ? star : null, "Goal " + i, "a", "b", "c");
            first = first == null ? goal : first;
        }
        return new GoalOwner(session, personId, first);
    }

    private long statementsFor(GoalOwner person, String page) {
        String path = page.equals("/goal") ? "/goals/" + person.firstGoalId() : page;
        return SqlStatements.forPage(sessionFactory, person.session(), path);
    }
}
