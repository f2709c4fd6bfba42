package dev.waypoint.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.goals.Goal;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void whoMightLikeANudgeComesFirstAndTheRestWaitBehindShowAll() {
        Newcomer mentor = Newcomer.signUp("busy-mentor");
        Instant tenWeeksAgo = Instant.now().minus(Duration.ofDays(70));
        LocalDate lastWeek = LocalDate.now().with(java.time.DayOfWeek.MONDAY).minusWeeks(1);
        List<Newcomer> mentees = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            Newcomer mentee = Newcomer.signUp("busy-mentee-" + i);
            Fixtures.mentorship(mentor.id(), mentee.id(), tenWeeksAgo.plus(Duration.ofHours(i)), false);
            mentees.add(mentee);
        }
        // Everyone checked in last week but the one who became a mentee last.
        for (Newcomer mentee : mentees.subList(0, 12)) {
            Fixtures.share(CheckIn.class, Fixtures.checkIn(mentee.id(), lastWeek, "A good week", null, 4));
        }
        Newcomer quiet = mentees.get(12);

        Document dashboard = mentor.session().page("/mentoring");

        assertThat(dashboard.select(".mentee")).hasSize(12);
        assertThat(dashboard.select(".mentee h2").first().text()).isEqualTo(quiet.displayName());
        assertThat(dashboard.select(".mentee").first().text()).contains(QUIET);
        assertThat(dashboard.getElementById("mentee-" + mentees.get(11).id())).isNull();
        var showAll = dashboard.selectFirst("a:contains(Show all 13 mentees)");
        assertThat(showAll).isNotNull();
        assertThat(showAll.attr("href"))
                .isEqualTo("/mentoring?all=true#mentee-" + mentees.get(11).id());

        Document all = mentor.session().page(showAll.attr("href").replaceFirst("#.*", ""));

        assertThat(all.select(".mentee")).hasSize(13);
        assertThat(all.getElementById("mentee-" + mentees.get(11).id())).isNotNull();
        assertThat(all.select("a:contains(Show all)")).isEmpty();
    }
}
