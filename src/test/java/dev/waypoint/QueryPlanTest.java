package dev.waypoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.bench.Seeder;
import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Week;
import dev.waypoint.goals.Goal;
import dev.waypoint.meetings.SessionMail;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.RecordedStatements;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.TeamShare;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A person's pages cost what their own data costs, never what the instance holds: every statement
 * the main pages prepare is planned by the database against a seeded instance of many people,
 * and none may read a whole table of people's data. A missing index, or a query that starts from
 * the wrong side (all open steps, every check-in of the week), fails here by name.
 */
@QuarkusTest
class QueryPlanTest {

    /** Tables whose size does not grow with the people in the instance (the idea catalogue). */
    @Inject
    SessionMail sessionMail;

    @Inject
    dev.waypoint.checkins.Reminders reminders;

    @Inject
    dev.waypoint.notifications.Outbox outbox;

    private static final Set<String> FIXED_SIZE = Set.of("IDEA", "IDEA_STEP", "FLYWAY_SCHEMA_HISTORY");

    private static final Pattern SCAN = Pattern.compile("/\\* PUBLIC\\.([A-Z_]+)\\.tableScan");

    /**
     * A table read through one of its indexes with no condition on that index: every entry is
     * walked (to save a sort, or because the condition is on a later column of the index).
     */
    private static final Pattern WHOLE_INDEX =
            Pattern.compile("\"PUBLIC\"\\.\"([A-Z_]+)\" (?:\"[A-Z0-9_]+\" )?/\\* PUBLIC\\.([A-Z0-9_]+) \\*/");

    @Test
    void noStatementOfTheMainPagesScansATableThatGrowsWithTheInstance() throws SQLException {
        List<String> statements = statementsOfTheMainPages();
        assertThat(statements).hasSizeGreaterThan(40);
        assertThat(new LinkedHashSet<>(statements))
                .as("search's statements, each kind and audience, with and without a time")
                .filteredOn(sql -> sql.contains("translate("))
                .hasSizeGreaterThanOrEqualTo(20);

        String url = "jdbc:h2:mem:query-plans;DB_CLOSE_DELAY=-1";
        Seeder.seed(url, "sa", "", Seeder.Sizes.company(300), "seeded", Seeder.devSubjects(), Instant.now());
        List<String> scans = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            // scripts/benchmark.sh opens Bob's session 29 with Alice: her next one in the seeded instance.
            try (var next = db.createStatement()
                    .executeQuery("select m.status, ms.mentor_id, ms.mentee_id from meeting m"
                            + " join mentorship ms on ms.id = m.mentorship_id where m.id = 29")) {
                assertThat(next.next()).isTrue();
                assertThat(next.getString(1)).isEqualTo("PLANNED");
                assertThat(next.getLong(2)).isEqualTo(2L);
                assertThat(next.getLong(3)).isEqualTo(1L);
            }
            for (String sql : new LinkedHashSet<>(statements)) {
                String plan = plan(db, sql);
                Matcher scan = SCAN.matcher(plan);
                while (scan.find()) {
                    if (!FIXED_SIZE.contains(scan.group(1))) {
                        scans.add(scan.group(1) + " scanned by: " + sql + "\n  plan: " + plan);
                    }
                }
                Matcher walk = WHOLE_INDEX.matcher(plan);
                while (walk.find()) {
                    if (!FIXED_SIZE.contains(walk.group(1))) {
                        scans.add(walk.group(1) + " walked whole through " + walk.group(2) + " by: " + sql
                                + "\n  plan: " + plan);
                    }
                }
            }
        }
        System.out.printf("Query plans checked: %d distinct statements%n", new LinkedHashSet<>(statements).size());
        assertThat(scans).as("statements that read a whole table").isEmpty();
    }

    /** A mentor, a lead and a member with a bit of everything, visiting every main page. */
    private List<String> statementsOfTheMainPages() {
        var lead = Newcomer.signUp("planner");
        var member = Newcomer.signUp("member");
        Long goal =
                Fixtures.goal(member.id(), Fixtures.northStar(member.id(), "Grow"), "Give a talk", "Outline", "Slides");
        Fixtures.share(Goal.class, goal);
        LocalDate monday = Week.current(Clock.systemUTC(), ZoneOffset.UTC).start();
        Long lastWeek = Fixtures.checkIn(member.id(), monday.minusWeeks(1), "A win", "Focus", 4);
        Fixtures.share(CheckIn.class, lastWeek);
        // A roadblock, so that the lead's and the mentor's "needs you" ask who answered it.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> CheckIn.update("roadblocks = ?1 where id = ?2", "Blocked on the review", lastWeek));
        Long milestone = Fixtures.milestone(member.id(), "Spoke at a meetup");
        Long mentorship = Fixtures.mentorship(lead.id(), member.id(), false);
        Long meeting = Fixtures.meeting(mentorship, lead.id(), Instant.now().plusSeconds(86_400));
        Fixtures.talkingPoint(meeting, lead.id(), "Ask about the talk", false);
        Fixtures.actionItem(meeting, member.id(), lead.id(), "Send the outline");
        String sessions = "/mentorships/" + mentorship;
        String session = sessions + "/sessions/" + meeting;
        Long team = Fixtures.team("Planners", lead.id());
        Fixtures.member(team, member.id(), Membership.Role.MEMBER, false);
        Fixtures.shareWithTeam(team, TeamShare.Item.GOAL, goal, member.id());
        Fixtures.shareWithTeam(team, TeamShare.Item.CHECK_IN, lastWeek, member.id());
        Long teamGoal = Fixtures.teamGoal(team, "Ship the handbook", "Draft");
        // Something of every kind in both inboxes, so each kind's lookup is planned.
        for (Long reader : List.of(member.id(), lead.id())) {
            Long other = reader.equals(lead.id()) ? member.id() : lead.id();
            Fixtures.notice(reader, other, dev.waypoint.notifications.Notice.Subject.GOAL, goal);
            Fixtures.notice(reader, other, dev.waypoint.notifications.Notice.Subject.CHECK_IN, lastWeek);
            Fixtures.notice(reader, other, dev.waypoint.notifications.Notice.Subject.MILESTONE, milestone);
            Fixtures.notice(reader, other, dev.waypoint.notifications.Notice.Subject.TEAM_GOAL, teamGoal);
            Fixtures.notice(reader, other, dev.waypoint.notifications.Notice.Subject.MEETING, meeting);
            Fixtures.notice(reader, other, dev.waypoint.notifications.Notice.Subject.MENTORSHIP, mentorship);
            Fixtures.notice(reader, other, dev.waypoint.notifications.Notice.Subject.TEAM, team);
            Fixtures.notice(reader, reader, dev.waypoint.notifications.Notice.Subject.ACCOUNT, null);
        }
        Fixtures.comment(lead.id(), member.id(), dev.waypoint.feedback.Feedback.Item.GOAL, goal, "Nice");
        String week = new Week(monday.minusWeeks(1)).id();
        String feed = org.jsoup.Jsoup.parse(member.session()
                        .form("/profile")
                        .post("/profile/calendar-feed")
                        .asString())
                .getElementById("feed-link")
                .val()
                .replaceFirst("^https?://[^/]+", "");
        String memberToken = Fixtures.accessToken(member.id());
        String leadToken = Fixtures.accessToken(lead.id());
        return RecordedStatements.during(() -> {
            io.restassured.RestAssured.get(feed).then().statusCode(200);
            for (String path : List.of(
                    "/api/v1/me",
                    "/api/v1/north-stars",
                    "/api/v1/goals",
                    "/api/v1/goals/" + goal,
                    "/api/v1/check-ins?weeks=520",
                    "/api/v1/consistency?weeks=520",
                    "/api/v1/milestones",
                    "/api/v1/teams")) {
                Fixtures.api(memberToken).get(path).then().statusCode(200);
            }
            for (String path : List.of(
                    "/api/v1/mentees",
                    "/api/v1/mentees/" + member.id(),
                    "/api/v1/goals/" + goal,
                    "/api/v1/teams/" + team + "/board",
                    "/api/v1" + sessions + "/sessions")) {
                Fixtures.api(leadToken).get(path).then().statusCode(200);
            }
            for (String path : List.of(
                    "/",
                    "/inbox",
                    "/goals",
                    "/goals/" + goal,
                    "/check-ins/" + new Week(monday).id(),
                    "/check-ins",
                    "/check-ins/" + week,
                    "/milestones",
                    "/milestones/" + milestone,
                    "/insights",
                    "/people",
                    "/teams",
                    "/teams/" + team,
                    "/profile",
                    "/export",
                    "/export/sessions",
                    "/search?q=talk",
                    "/search?q=handbook+draft&time=last-12-months&order=best",
                    "/search/jump?q=plan",
                    sessions,
                    session)) {
                member.session().page(path);
            }
            Fixtures.api(memberToken).get("/api/v1/search?q=win").then().statusCode(200);
            member.session().form("/inbox").post("/inbox/read-all").then().statusCode(303);
            // The session is a day away: the e-mail job writes both reminders.
            assertThat(sessionMail.sendDue()).isGreaterThanOrEqualTo(2);
            // The jobs that find who is due: the reminder's people and the outbox's e-mails, through
            // indexes on when they are due. Every newcomer is due a first look now.
            reminders.queueDue();
            Fixtures.notice(member.id(), lead.id(), dev.waypoint.notifications.Notice.Subject.GOAL, goal);
            member.session()
                    .form("/profile")
                    .formParams(java.util.Map.of(
                            "feedback",
                            "AS_IT_HAPPENS",
                            "replies",
                            "OFF",
                            "mentees",
                            "OFF",
                            "teams",
                            "OFF",
                            "people",
                            "OFF",
                            "sessions",
                            "OFF",
                            "security",
                            "OFF",
                            "quietFrom",
                            "00:00",
                            "quietUntil",
                            "00:00"))
                    .post("/profile/e-mail")
                    .then()
                    .statusCode(303);
            lead.session()
                    .form("/goals/" + goal)
                    .formParams(java.util.Map.of(
                            "itemType", "GOAL", "itemId", goal.toString(), "kind", "COMMENT", "body", "Mailed"))
                    .post("/feedback")
                    .then()
                    .statusCode(303);
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .run(() -> dev.waypoint.notifications.OutboxMail.update(
                            "dueAt = ?1 where personId = ?2", Instant.now(), member.id()));
            assertThat(outbox.sendDue()).isGreaterThanOrEqualTo(1);
            for (String path : List.of(
                    "/",
                    "/inbox",
                    "/mentoring",
                    "/mentoring/mentees/" + member.id(),
                    "/mentoring/mentees/" + member.id() + "/check-ins/" + week,
                    "/goals/" + goal,
                    "/teams/" + team,
                    "/teams/" + team + "/overview",
                    "/teams/" + team + "/check-ins/" + lastWeek,
                    "/search?q=talk",
                    "/search?q=nice&kind=comment&time=this-year",
                    "/search/jump?q=plan",
                    sessions,
                    session)) {
                lead.session().page(path);
            }
            lead.session().request().get("/search/open/goal/" + goal).then().statusCode(303);
            String overview = "/teams/" + team + "/overview";
            lead.session()
                    .form(overview)
                    .post(overview + "/needs-you/check-in-" + lastWeek + "/not-now")
                    .then()
                    .statusCode(303);
            lead.session().page("/mentoring");
        });
    }

    /** H2's plan for the statement, parameters unset: H2 plans before it binds. */
    private static String plan(Connection db, String sql) throws SQLException {
        try (PreparedStatement explain = db.prepareStatement("explain " + sql)) {
            int parameters = explain.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= parameters; i++) {
                explain.setNull(i, Types.NULL);
            }
            try (ResultSet plan = explain.executeQuery()) {
                StringBuilder text = new StringBuilder();
                while (plan.next()) {
                    text.append(plan.getString(1));
                }
                return text.toString()
                        .replaceAll("\\s+", " ")
                        .toUpperCase(Locale.ROOT)
                        .replace("TABLESCAN", "tableScan");
            }
        }
    }
}
