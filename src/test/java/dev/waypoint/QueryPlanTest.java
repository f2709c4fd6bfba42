package dev.waypoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A person's pages cost what their own data costs, never what the instance holds: every statement
 * the main pages prepare is planned by the database against a seeded instance of many people,
 * and none may read a whole table of people's data. A missing index, or a query that starts from
 * the wrong side (all open steps, every check-in of the week), fails here by name.
 */
@QuarkusTest
class QueryPlanTest {

    @Inject
    SessionMail sessionMail;

    @Inject
    dev.waypoint.checkins.Reminders reminders;

    @Inject
    dev.waypoint.notifications.Outbox outbox;

    /** Tables whose size does not grow with the people in the instance (the idea catalogue). */
    private static final Set<String> FIXED_SIZE = Set.of("IDEA", "IDEA_STEP", "FLYWAY_SCHEMA_HISTORY");

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

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

        SeededPlans plans = "postgresql".equals(dbKind)
                ? new PostgresPlans(jdbcUrl, username.orElse(null), password.orElse(null))
                : new H2Plans();
        List<String> wholeReads = new ArrayList<>();
        try (plans) {
            // scripts/benchmark.sh opens Bob's session 29 with Alice: her next one in the seeded instance.
            try (var query = plans.connection().createStatement();
                    var next = query.executeQuery("select m.status, ms.mentor_id, ms.mentee_id from meeting m"
                            + " join mentorship ms on ms.id = m.mentorship_id where m.id = 29")) {
                assertThat(next.next()).isTrue();
                assertThat(next.getString(1)).isEqualTo("PLANNED");
                assertThat(next.getLong(2)).isEqualTo(2L);
                assertThat(next.getLong(3)).isEqualTo(1L);
            }
            for (String sql : new LinkedHashSet<>(statements)) {
                for (String read : plans.wholeReads(sql)) {
                    if (!FIXED_SIZE.contains(
                            read.substring(0, read.indexOf(' ')).toUpperCase(Locale.ROOT))) {
                        wholeReads.add(read + " by: " + sql);
                    }
                }
            }
        }
        if (plans instanceof PostgresPlans postgres) {
            assertThat(postgres.bigTables)
                    .as("the tables PostgreSQL's own plans are judged on")
                    .contains("person", "goal", "check_in", "membership", "notice");
            assertThat(postgres.foreignKeys).as("foreign keys looked at").isGreaterThan(40);
            assertThat(postgres.unindexedForeignKeys)
                    .as("foreign keys without an index")
                    .isEmpty();
        }
        System.out.printf(
                "Query plans checked on %s: %d distinct statements%n", dbKind, new LinkedHashSet<>(statements).size());
        assertThat(wholeReads).as("statements that read a whole table").isEmpty();
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

    /** A seeded instance of many people, and how its database plans a statement. */
    private interface SeededPlans extends AutoCloseable {
        Connection connection();

        /** Each table the plan reads whole, as "TABLE scanned" or "TABLE walked whole through INDEX", with the plan. */
        List<String> wholeReads(String sql) throws SQLException;

        @Override
        void close() throws SQLException;
    }

    /** An in-memory H2 database, planned as H2 plans: before it binds, with parameters unset. */
    private static final class H2Plans implements SeededPlans {
        private static final String URL = "jdbc:h2:mem:query-plans;DB_CLOSE_DELAY=-1";
        private final Connection db;

        H2Plans() throws SQLException {
            Seeder.seed(URL, "sa", "", Seeder.Sizes.company(300), "seeded", Seeder.devSubjects(), Instant.now());
            db = DriverManager.getConnection(URL, "sa", "");
        }

        @Override
        public Connection connection() {
            return db;
        }

        @Override
        public List<String> wholeReads(String sql) throws SQLException {
            String plan;
            try (PreparedStatement explain = db.prepareStatement("explain " + sql)) {
                int parameters = explain.getParameterMetaData().getParameterCount();
                for (int i = 1; i <= parameters; i++) {
                    explain.setNull(i, Types.NULL);
                }
                try (ResultSet rows = explain.executeQuery()) {
                    StringBuilder text = new StringBuilder();
                    while (rows.next()) {
                        text.append(rows.getString(1));
                    }
                    plan = text.toString()
                            .replaceAll("\\s+", " ")
                            .toUpperCase(Locale.ROOT)
                            .replace("TABLESCAN", "tableScan");
                }
            }
            List<String> reads = new ArrayList<>();
            Matcher scan = SCAN.matcher(plan);
            while (scan.find()) {
                reads.add(scan.group(1) + " scanned\n  plan: " + plan);
            }
            Matcher walk = WHOLE_INDEX.matcher(plan);
            while (walk.find()) {
                reads.add(walk.group(1) + " walked whole through " + walk.group(2) + "\n  plan: " + plan);
            }
            return reads;
        }

        @Override
        public void close() throws SQLException {
            try (var drop = db.createStatement()) {
                drop.execute("drop all objects");
            }
            db.close();
        }
    }

    /**
     * The seeded instance in a schema of its own in the test database, analysed, and each statement
     * planned as PostgreSQL plans a prepared statement it has run many times: the generic plan, the
     * same whatever the values (parameters typed from where they stand, executed with nulls).
     *
     * <p>Each statement is planned twice. First as PostgreSQL chooses: no table that holds a row for
     * every two people or more (goals, check-ins, notes, the people themselves) may be read whole. A
     * smaller table it rightly reads whole or hashes at this size (a few hundred teams), and the
     * tables the seed leaves empty (e-mails waiting, tokens) it always reads whole, so those are
     * judged the second time: with sequential scans, hash and merge joins priced out by the
     * planner's own switches, every table must be reached through an index from the rows before
     * it, and a scan that still remains is one no index can avoid. An index read without a
     * condition on its first column is walked whole, in either plan.
     */
    private static final class PostgresPlans implements SeededPlans {
        private static final String SCHEMA = "query_plans";
        private static final int PEOPLE = 3000;
        private static final ObjectMapper JSON = new ObjectMapper();
        private static final List<String> INDEXES_ONLY =
                List.of("enable_seqscan", "enable_hashjoin", "enable_mergejoin");
        private final Connection db;
        /** Tables of at least a row for every two people: the ones PostgreSQL's own choice is judged on. */
        final Set<String> bigTables = new HashSet<>();
        /** Each index's first column: a condition on a later column alone still walks the whole index. */
        private final Map<String, String> firstColumns = new HashMap<>();

        private int prepared;
        /**
         * Foreign keys with no index that starts with their column: H2 makes one for each, PostgreSQL
         * does not, so a delete of the row they point to reads the whole referring table.
         */
        final List<String> unindexedForeignKeys = new ArrayList<>();

        int foreignKeys;

        PostgresPlans(String url, String user, String password) throws SQLException {
            try (Connection test = DriverManager.getConnection(url, user, password);
                    var schema = test.createStatement()) {
                schema.execute("drop schema if exists " + SCHEMA + " cascade");
                schema.execute("create schema " + SCHEMA);
            }
            String seeded = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
            try {
                db = seedAndRead(seeded, user, password);
            } catch (SQLException | RuntimeException e) {
                try (Connection test = DriverManager.getConnection(url, user, password);
                        var schema = test.createStatement()) {
                    schema.execute("drop schema if exists " + SCHEMA + " cascade");
                }
                throw e;
            }
        }

        private Connection seedAndRead(String seeded, String user, String password) throws SQLException {
            Seeder.seed(
                    seeded,
                    user,
                    password,
                    Seeder.Sizes.company(PEOPLE),
                    "seeded",
                    Seeder.devSubjects(),
                    Instant.now());
            Connection db = DriverManager.getConnection(seeded, user, password);
            try (var setUp = db.createStatement()) {
                setUp.execute("analyze");
                try (ResultSet big = setUp.executeQuery("select relname from pg_class where relkind = 'r'"
                        + " and relnamespace = '" + SCHEMA + "'::regnamespace and reltuples >= " + PEOPLE / 2)) {
                    while (big.next()) {
                        bigTables.add(big.getString(1));
                    }
                }
                try (ResultSet keys = setUp.executeQuery("select c.conrelid::regclass || '.' || a.attname,"
                        + " exists (select 1 from pg_index i where i.indrelid = c.conrelid"
                        + " and i.indkey[0] = c.conkey[1] and i.indisvalid and i.indpred is null)"
                        + " from pg_constraint c join pg_attribute a"
                        + " on a.attrelid = c.conrelid and a.attnum = c.conkey[1]"
                        + " where c.contype = 'f' and c.connamespace = '" + SCHEMA + "'::regnamespace")) {
                    while (keys.next()) {
                        foreignKeys++;
                        if (!keys.getBoolean(2)) {
                            unindexedForeignKeys.add(keys.getString(1));
                        }
                    }
                }
                try (ResultSet first = setUp.executeQuery("select i.indexrelid::regclass::text, a.attname"
                        + " from pg_index i join pg_class c on c.oid = i.indrelid"
                        + " join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]"
                        + " where c.relnamespace = '" + SCHEMA + "'::regnamespace")) {
                    while (first.next()) {
                        firstColumns.put(first.getString(1), first.getString(2));
                    }
                }
                setUp.execute("set plan_cache_mode = force_generic_plan");
            } catch (SQLException | RuntimeException e) {
                db.close();
                throw e;
            }
            return db;
        }

        @Override
        public Connection connection() {
            return db;
        }

        @Override
        public List<String> wholeReads(String sql) throws SQLException {
            List<String> reads = new ArrayList<>();
            JsonNode chosen = plan(sql);
            collectWholeReads(chosen, reads, "as PostgreSQL chooses", chosen.toString());
            reads.removeIf(read -> !bigTables.contains(read.substring(0, read.indexOf(' '))));
            try (var switches = db.createStatement()) {
                for (String setting : INDEXES_ONLY) {
                    switches.execute("set " + setting + " = off");
                }
                JsonNode indexed = plan(sql);
                collectWholeReads(indexed, reads, "with indexes only", indexed.toString());
            } finally {
                try (var switches = db.createStatement()) {
                    for (String setting : INDEXES_ONLY) {
                        switches.execute("reset " + setting);
                    }
                }
            }
            return reads;
        }

        private JsonNode plan(String sql) throws SQLException {
            String name = "planned_" + ++prepared;
            int parameters = 0;
            StringBuilder numbered = new StringBuilder();
            for (char c : sql.toCharArray()) {
                if (c == '?') {
                    numbered.append('$').append(++parameters);
                } else {
                    numbered.append(c);
                }
            }
            String nulls =
                    parameters == 0 ? "" : "(" + String.join(", ", Collections.nCopies(parameters, "null")) + ")";
            try (var statement = db.createStatement()) {
                statement.execute("prepare " + name + " as " + numbered);
                try (ResultSet rows = statement.executeQuery("explain (format json) execute " + name + nulls)) {
                    assertThat(rows.next()).isTrue();
                    return JSON.readTree(rows.getString(1)).get(0).get("Plan");
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                } finally {
                    statement.execute("deallocate " + name);
                }
            }
        }

        private void collectWholeReads(JsonNode node, List<String> reads, String how, String plan) {
            String type = node.path("Node Type").asText();
            String table = node.path("Relation Name").asText();
            if (type.equals("Seq Scan")) {
                reads.add(table + " scanned " + how + "\n  plan: " + plan);
            } else if ((type.equals("Index Scan") || type.equals("Index Only Scan")) && !seeks(node)) {
                reads.add(table + " walked whole through "
                        + node.path("Index Name").asText() + " " + how + "\n  plan: " + plan);
            }
            for (JsonNode child : node.path("Plans")) {
                collectWholeReads(child, reads, how, plan);
            }
        }

        /** An index scan with a condition on the index's first column: it seeks, rather than walks every entry. */
        private boolean seeks(JsonNode scan) {
            String first = firstColumns.get(scan.path("Index Name").asText());
            return scan.has("Index Cond")
                    && first != null
                    && Pattern.compile("(?<![.\\w])" + Pattern.quote(first) + "\\b")
                            .matcher(scan.path("Index Cond").asText())
                            .find();
        }

        @Override
        public void close() throws SQLException {
            try (var drop = db.createStatement()) {
                drop.execute("drop schema " + SCHEMA + " cascade");
            } finally {
                db.close();
            }
        }
    }
}
