package dev.waypoint.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.goals.Goal;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A mentor's flags and a mentee's consistency count from when the mentorship began. */
@QuarkusTest
class MentorFlagsTest {

    private static final String QUIET = "No shared check-in for 2+ weeks";
    private static final String STILL = "No progress for 4+ weeks";

    @Test
    void aNewMenteeIsNotFlaggedAndALongQuietOneIs() {
        Newcomer mentor = Newcomer.signUp("flags-mentor");
        Newcomer fresh = Newcomer.signUp("fresh-mentee");
        Newcomer longtime = Newcomer.signUp("longtime-mentee");
        Instant sixWeeksAgo = Instant.now().minus(Duration.ofDays(42));
        Fixtures.mentorship(mentor.id(), fresh.id(), false);
        Fixtures.mentorship(mentor.id(), longtime.id(), sixWeeksAgo, false);
        // Both have a goal that has not moved for two months (they brought it with them).
        for (Newcomer mentee : new Newcomer[] {fresh, longtime}) {
            Long goal = Fixtures.goal(mentee.id(), null, "A goal of " + mentee.name(), "First step");
            Fixtures.share(Goal.class, goal);
            QuarkusTransaction.requiringNew()
                    .run(() -> Goal.<Goal>findById(goal).lastProgressAt =
                            Instant.now().minus(Duration.ofDays(60)));
        }

        Document dashboard = mentor.session().page("/mentoring");

        String freshCard =
                dashboard.getElementById("mentee-" + fresh.id()).parent().text();
        assertThat(freshCard).doesNotContain(QUIET).doesNotContain(STILL).contains("nothing to count yet");
        String longtimeCard =
                dashboard.getElementById("mentee-" + longtime.id()).parent().text();
        assertThat(longtimeCard)
                .contains(QUIET, STILL)
                .containsPattern("Consistency \\(shared check-ins\\): 0 of \\d weeks")
                .doesNotContain("of the last");
    }
}
