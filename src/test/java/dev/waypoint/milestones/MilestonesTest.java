package dev.waypoint.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import dev.waypoint.support.SqlStatements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MilestonesTest {

    @Inject
    SessionFactory sessionFactory;

    private Session session;
    private Long personId;

    @BeforeEach
    void someoneWithACareer() {
        String name = "career-" + UUID.randomUUID().toString().substring(0, 8);
        session = SignIn.asNewcomer(name);
        session.page("/");
        personId = Fixtures.personIdOf(name);
    }

    @Test
    void aMilestoneInHindsightRememberedOnlyToTheMonth() {
        Response created = session.form("/milestones/new")
                .formParams(Map.of(
                        "title", "First conference talk",
                        "date", "2019-05-17",
                        "monthOnly", "on",
                        "kind", "TALK",
                        "story", "Twenty minutes on testing, terrified and thrilled.",
                        "evidenceUrl", "https://example.org/talks/2019"))
                .post("/milestones");
        assertThat(created.statusCode()).isEqualTo(303);

        Document page = session.page(created.header("Location").replaceAll("^https?://[^/]+", ""));
        assertThat(page.selectFirst("h1").text()).isEqualTo("First conference talk");
        assertThat(page.text()).contains("May 2019").contains("Only you can see this milestone.");
        assertThat(page.select("a[href=https://example.org/talks/2019]")).hasSize(1);

        Document timeline = session.page("/milestones");
        assertThat(timeline.select(".timeline-year").eachText()).contains("2019");
        assertThat(timeline.select(".timeline-month h2").eachText()).contains("May 2019");
        assertThat(timeline.select(".timeline-item.kind-talk h3").eachText()).contains("First conference talk");
    }

    @Test
    void badInputIsExplainedBesideEachField() {
        Response refused = session.form("/milestones/new")
                .formParams(Map.of(
                        "title", "",
                        "date", LocalDate.now().plusDays(3).toString(),
                        "kind", "LOTTERY",
                        "story", "Keep my story",
                        "evidenceUrl", "javascript:alert(1)"))
                .post("/milestones");

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.getElementById("title-error").text()).contains("short title");
        assertThat(page.getElementById("date-error").text()).contains("has happened");
        assertThat(page.getElementById("kind-error").text()).contains("kinds");
        assertThat(page.getElementById("evidenceUrl-error").text()).contains("http://");
        assertThat(page.getElementById("story").text()).isEqualTo("Keep my story");
        assertThat(page.getElementById("evidenceUrl").val()).isEqualTo("javascript:alert(1)");
    }

    @Test
    void achievedGoalsAndCheckInWinsAreSuggestedUntilUsedOrDismissed() {
        Long goalId = Fixtures.goal(personId, null, "Pass the Kubernetes exam", "Book it");
        session.form("/goals/" + goalId).formParam("to", "ACHIEVED").post("/goals/" + goalId + "/status");
        LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY).minusWeeks(1);
        Fixtures.checkIn(personId, monday, "Led my first incident review", null, 4);

        Document timeline = session.page("/milestones");
        assertThat(timeline.select("#suggestions li").text())
                .contains("Pass the Kubernetes exam")
                .contains("Led my first incident review");

        Document prefilled = session.page("/milestones/new?suggestion=goal:" + goalId);
        assertThat(prefilled.getElementById("title").val()).isEqualTo("Pass the Kubernetes exam");
        session.form("/milestones/new?suggestion=goal:" + goalId)
                .formParams(Map.of(
                        "title",
                        "Certified in Kubernetes",
                        "date",
                        LocalDate.now().toString(),
                        "kind",
                        "CERTIFICATION",
                        "goalId",
                        goalId.toString(),
                        "suggestion",
                        "goal:" + goalId))
                .post("/milestones")
                .then()
                .statusCode(303);

        String winKey = session.page("/milestones")
                .select("#suggestions input[name=key]")
                .first()
                .val();
        session.form("/milestones")
                .formParam("key", winKey)
                .post("/milestones/suggestions/dismiss")
                .then()
                .statusCode(303);

        Document after = session.page("/milestones");
        assertThat(after.select("#suggestions")).isEmpty();
        assertThat(after.select(".timeline-item h3").eachText()).containsExactly("Certified in Kubernetes");
    }

    @Test
    void aWinFromThisWeeksCheckInIsSuggestedWithADateThatCanBeSaved() {
        Long checkIn = Fixtures.checkIn(
                personId, LocalDate.now().with(java.time.DayOfWeek.MONDAY), "Mentored a new hire", null, 4);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> dev.waypoint.checkins.CheckIn.<dev.waypoint.checkins.CheckIn>findById(checkIn).submittedAt =
                        java.time.Instant.now());
        String key = "win:" + checkIn + ":0";

        Document prefilled = session.page("/milestones/new?suggestion=" + key);
        String date = prefilled.getElementById("date").val();
        assertThat(LocalDate.parse(date)).isBeforeOrEqualTo(LocalDate.now());

        session.form("/milestones/new?suggestion=" + key)
                .formParams(Map.of(
                        "title",
                        prefilled.getElementById("title").val(),
                        "date",
                        date,
                        "kind",
                        "OTHER",
                        "suggestion",
                        key))
                .post("/milestones")
                .then()
                .statusCode(303);
    }

    @Test
    void deletingAMilestoneTakesItsCommentsWithIt() {
        Long mentor = Fixtures.person("deleter-mentor-" + UUID.randomUUID());
        Fixtures.mentorship(mentor, personId, false);
        Long milestone = Fixtures.milestone(personId, "Talk at a meetup");
        Fixtures.share(Milestone.class, milestone);
        Fixtures.comment(mentor, personId, dev.waypoint.feedback.Feedback.Item.MILESTONE, milestone, "Well done");
        assertThat(session.page("/milestones/" + milestone).text()).contains("Well done");

        session.form("/milestones/" + milestone)
                .post("/milestones/" + milestone + "/delete")
                .then()
                .statusCode(303);

        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .call(() -> dev.waypoint.feedback.Feedback.count(
                                "itemType = ?1 and itemId = ?2",
                                dev.waypoint.feedback.Feedback.Item.MILESTONE,
                                milestone)))
                .isZero();
        assertThat(session.page("/people").text()).doesNotContain("new comment");
    }

    @Test
    void theBragDocumentGathersMilestonesGoalsAndWinsAsMarkdown() {
        Fixtures.milestone(personId, "Spoke at a meetup");
        QuarkusTransaction.requiringNew()
                .run(() -> Milestone.<Milestone>find("owner.id", personId).firstResult().happenedOn =
                        LocalDate.now().minusMonths(2));
        Long goalId = Fixtures.goal(personId, null, "Mentor an intern");
        session.form("/goals/" + goalId).formParam("to", "ACHIEVED").post("/goals/" + goalId + "/status");
        Fixtures.checkIn(
                personId,
                LocalDate.now().with(java.time.DayOfWeek.MONDAY).minusWeeks(2),
                "Shipped search v2\nFixed the flaky build",
                null,
                4);

        Document preview = session.page("/milestones/brag?months=6");
        String markdown = preview.selectFirst("pre.markdown").text();
        assertThat(markdown)
                .contains("## Milestones")
                .contains("**Spoke at a meetup** (Talk")
                .contains("## Goals achieved")
                .contains("**Mentor an intern**")
                .contains("- Shipped search v2")
                .contains("- Fixed the flaky build");

        Response download = session.request().get("/milestones/brag/download?months=12");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("text/markdown");
        assertThat(download.header("Content-Disposition"))
                .contains("attachment")
                .contains(".md");
        assertThat(download.asString()).startsWith("# What ").contains("Spoke at a meetup");
        assertThat(download.asString())
                .as("Markdown a review form takes as it is: headings, blank lines, one item a line")
                .matches("# What \\S+ achieved\n\n_\\d+ \\w{3} \\d{4} to \\d+ \\w{3} \\d{4}_\n\n"
                        + "## Milestones\n\n- \\*\\*Spoke at a meetup\\*\\* \\(Talk, [^)]+\\)\n\n"
                        + "## Goals achieved\n\n- \\*\\*Mentor an intern\\*\\* \\([^)]+\\)\n\n"
                        + "## Wins from weekly check-ins\n\n"
                        + "- Shipped search v2 \\(week of [^)]+\\)\n- Fixed the flaky build \\(week of [^)]+\\)\n");

        Session newcomer =
                SignIn.asNewcomer("brag-" + UUID.randomUUID().toString().substring(0, 6));
        assertThat(newcomer.request().get("/milestones/brag/download?months=3").asString())
                .contains("No milestones recorded in this period.\n\n## Goals achieved")
                .contains("No goals achieved in this period.\n\n## Wins")
                .endsWith("No check-in wins in this period.\n");
    }

    @Test
    void theTimelineCostsTheSameForFiveAndFiftyMilestonesAndLoadsMoreOnScroll() {
        for (int i = 0; i < 50; i++) {
            Fixtures.milestone(personId, "Milestone " + i);
        }
        String other = "career-few-" + UUID.randomUUID().toString().substring(0, 6);
        Session few = SignIn.asNewcomer(other);
        few.page("/");
        Long fewId = Fixtures.personIdOf(other);
        for (int i = 0; i < 5; i++) {
            Fixtures.milestone(fewId, "Milestone " + i);
        }

        long forFew = SqlStatements.forPage(sessionFactory, few, "/milestones");
        long forMany = SqlStatements.forPage(sessionFactory, session, "/milestones");
        System.out.printf("SQL statements for /milestones: %d (5 milestones), %d (50)%n", forFew, forMany);
        assertThat(forFew).isPositive();
        assertThat(forMany).isEqualTo(forFew);

        Document first = session.page("/milestones");
        assertThat(first.select(".timeline-item")).hasSize(20);
        String more = first.selectFirst(".timeline-more").attr("hx-get");
        Document next = Jsoup.parseBodyFragment(
                session.request().header("HX-Request", "true").get(more).asString());
        assertThat(next.select(".timeline-item")).hasSize(20);
        assertThat(next.select("title")).isEmpty();
    }
}
