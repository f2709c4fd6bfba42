package dev.waypoint.home;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DashboardTest {

    @Test
    void aNorthStarListsAFewGoalsLinksToTheRestAndRollsUpLikeEveryOtherPage() {
        String name = "dash-" + UUID.randomUUID();
        Session person = SignIn.asNewcomer(name);
        person.page("/");
        Long ownerId = Fixtures.personIdOf(name);
        Long star = Fixtures.northStar(ownerId, "Become a staff engineer");
        List<Long> goals = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            goals.add(Fixtures.goal(ownerId, star, "Goal " + i, "The only step"));
        }
        Long longAgo = Fixtures.goal(ownerId, star, "Achieved two years ago", "Done");
        QuarkusTransaction.requiringNew().run(() -> {
            Goal.<Goal>findById(goals.get(0)).stepsDone = 1;
            Goal old = Goal.findById(longAgo);
            old.status = GoalStatus.ACHIEVED;
            old.achievedAt = Instant.now().minus(Duration.ofDays(730));
            old.statusChangedAt = old.achievedAt;
        });

        Document dashboard = person.page("/");
        Element card = dashboard.getElementById("dash-star-" + star).parent();
        assertThat(card.select(".goal-item")).hasSize(5);
        Element more = card.selectFirst("a[href=/goals#star-" + star + "]");
        assertThat(more.text()).isEqualTo("and 2 more goals toward Become a staff engineer");
        assertThat(person.page("/goals").getElementById("star-" + star)).isNotNull();

        // Two of eight goals are complete (one of them achieved long ago, off the dashboard's list).
        String rollUp = "25%";
        assertThat(card.selectFirst(".star-progress").text()).contains(rollUp);
        assertThat(person.page("/goals")
                        .getElementById("star-" + star)
                        .parent()
                        .parent()
                        .selectFirst(".star-progress")
                        .text())
                .contains(rollUp);
        assertThat(person.page("/goals/" + goals.get(1))
                        .selectFirst(".star-progress")
                        .text())
                .contains(rollUp);
    }
}
