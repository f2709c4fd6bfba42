package dev.waypoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.FillScripts;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * Upgrades keep every row. For each of the last five schema versions (and the latest), a database
 * is migrated to that version only, filled with rows of every kind it had (as the app of that time
 * wrote them: {@code src/test/resources/migrations/fill-V<n>.sql}, each adding what version n
 * brought), then migrated to the latest: every row is still there, and the people it belongs to
 * sign in and find their goals, check-ins, milestones, mentee and team board. A migration that adds
 * a table must add its fill: a table without rows fails here.
 */
@QuarkusTest
@TestProfile(UpgradeTest.EmptyDatabase.class)
class UpgradeTest {

    private static final String SCHEMA = "waypoint_upgrade";
    private static final int VERSIONS_BACK = 5;

    /** The app starts on an empty database of its own; the test migrates it step by step. */
    public static class EmptyDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            boolean postgres = "postgresql".equals(System.getProperty("quarkus.datasource.db-kind"));
            String url = postgres
                    ? System.getenv("WAYPOINT_TEST_PG_URL") + "?currentSchema=" + SCHEMA
                    : "jdbc:h2:mem:" + SCHEMA + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
            return Map.of(
                    "%test.quarkus.datasource.jdbc.url", url,
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none");
        }
    }

    @Inject
    AgroalDataSource database;

    @Test
    void everyRowOfTheLastFiveVersionsSurvivesTheUpgradeAndReadsThroughTheApp() throws Exception {
        int latest = latestVersion();
        List<Integer> checked = new ArrayList<>();
        for (int base = latest - VERSIONS_BACK; base <= latest; base++) {
            upgradeFrom(base, latest);
            checked.add(base);
        }
        assertThat(checked).hasSize(VERSIONS_BACK + 1);
    }

    private void upgradeFrom(int base, int latest) throws Exception {
        flyway(null).clean();
        FillScripts.upTo(
                base,
                database,
                version -> flyway(MigrationVersion.fromVersion(String.valueOf(version)))
                        .migrate());
        Map<String, Long> before = rowCounts();
        before.forEach((table, rows) -> assertThat(rows)
                .as(
                        "version %d: %s has rows (a migration that adds a table adds migrations/fill-V<n>.sql)",
                        base, table)
                .isPositive());

        flyway(null).migrate();

        Map<String, Long> after = rowCounts();
        before.forEach((table, rows) -> assertThat(after.get(table))
                .as("from version %d to %d: rows of %s", base, latest, table)
                .isEqualTo(rows));
        assertThat(single("SELECT count(*) FROM person WHERE subject = 'pre-bob' AND mentoring = TRUE"))
                .as("from version %d: Bob mentors Alice, so the top bar shows him Mentees", base)
                .isEqualTo("1");
        readThroughTheApp(base);
    }

    private void readThroughTheApp(int base) throws SQLException {
        String goal = single("SELECT id FROM goal WHERE title = 'Give a conference talk'");
        String achieved = single("SELECT id FROM goal WHERE title = 'Write a blog series'");
        String team = single("SELECT id FROM team WHERE name = 'Platform Earlier'");

        Session alice = SignIn.asNewcomer("pre-alice");
        assertThat(alice.page("/goals").text())
                .contains("Give a conference talk")
                .contains("Write a blog series");
        assertThat(alice.page("/goals/" + goal).text())
                .contains("Pick a topic")
                .contains("Submit the proposal")
                .contains("2 of 5 rehearsals")
                .contains("A bigger stage")
                .contains("A great topic for a first talk");
        assertThat(alice.page("/goals/" + achieved + "/reflection").text()).contains("Writing every week works");
        assertThat(alice.page("/check-ins/2026-W02").text())
                .contains("Drafted the abstract")
                .contains("Abstract half done");
        assertThat(alice.page("/milestones").text()).contains("Spoke at the local meetup");
        if (base >= 14) {
            assertThat(alice.page("/export").text())
                    .as("version %d: her audit trail", base)
                    .contains("203.0.113.9");
        }
        if (base >= 16) {
            assertThat(alice.page("/profile").text())
                    .as("version %d: her token", base)
                    .contains("Reporting script");
        }

        Session bob = SignIn.asNewcomer("pre-bob");
        assertThat(bob.page("/mentoring").text()).contains("Alice Earlier").contains("Give a conference talk");
        if (base >= 17) {
            String mentorship = single("SELECT mentorship_id FROM meeting WHERE place = 'The café on the corner'");
            String meeting = single("SELECT id FROM meeting WHERE place = 'The café on the corner'");
            String session = "/mentorships/" + mentorship + "/sessions/" + meeting;
            assertThat(bob.page(session).text())
                    .as("version %d: the session as Bob sees it", base)
                    .contains("Drafted the abstract")
                    .contains("Ask about the rehearsal slots")
                    .contains("She is ready for a bigger stage")
                    .contains("Submit the proposal");
            if (base >= 18) {
                assertThat(alice.page("/mentorships/" + mentorship).text())
                        .as("version %d: the agreement", base)
                        .contains("Speaking at conferences")
                        .contains("Both of you agreed");
                String ended = single("SELECT mentorship_id FROM mentorship_closing WHERE reason = 'GOALS_REACHED'");
                assertThat(alice.page("/mentorships/" + ended).text())
                        .as("version %d: the closing she keeps", base)
                        .contains("Honest feedback every time");
            }
            assertThat(alice.page(session).text())
                    .as("version %d: the session as Alice sees it", base)
                    .contains("Talked through the talk outline")
                    .doesNotContain("Ask about the rehearsal slots")
                    .doesNotContain("She is ready for a bigger stage");
        }

        Session carol = SignIn.asNewcomer("pre-carol");
        assertThat(carol.page("/teams/" + team).text())
                .contains("Give a conference talk")
                .contains("Cut build time in half");
    }

    private Flyway flyway(MigrationVersion target) {
        var configuration = Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .cleanDisabled(false);
        if (isPostgres()) {
            configuration.schemas(SCHEMA);
        }
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private int latestVersion() {
        MigrationInfo[] all = flyway(null).info().all();
        return Integer.parseInt(all[all.length - 1].getVersion().getVersion());
    }

    /** Every table's row count but Flyway's own. */
    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet found = meta.getTables(null, schemaName(connection), "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    tables.add(found.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            for (String table : tables) {
                if (!table.equals("flyway_schema_history")) {
                    counts.put(table, Long.valueOf(single(connection, "SELECT count(*) FROM " + table)));
                }
            }
        }
        return counts;
    }

    private String schemaName(Connection connection) throws SQLException {
        return isPostgres() ? SCHEMA : connection.getSchema();
    }

    private String single(String sql) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return single(connection, sql);
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).as(sql).isTrue();
            return row.getString(1).toLowerCase(Locale.ROOT);
        }
    }

    private static boolean isPostgres() {
        return "postgresql".equals(System.getProperty("quarkus.datasource.db-kind"));
    }
}
