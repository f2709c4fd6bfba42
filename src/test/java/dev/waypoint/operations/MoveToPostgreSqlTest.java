package dev.waypoint.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.demo.DemoGoals;
import dev.waypoint.demo.DemoStories;
import dev.waypoint.people.Person;
import dev.waypoint.support.FillScripts;
import dev.waypoint.support.Persona;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Moving an instance from H2 to PostgreSQL with {@link MoveToPostgreSql}, the documented command.
 * The instance is filled through the app (the demo stories, the personas signing in, and rows of
 * every kind from the upgrade fills: audit events, sessions, tokens, feed secrets), its pages are
 * read, and it is written into a real H2 database of the same schema. PostgreSQL is then emptied,
 * the H2 database moved into it, and the personas sign in again: their pages read as before.
 */
@QuarkusTest
@TestProfile(MoveToPostgreSqlTest.OwnSchema.class)
class MoveToPostgreSqlTest {

    private static final String SCHEMA = "waypoint_move";
    private static final String ISSUER = "waypoint-dev-provider";

    /** The app on a schema of its own, fresh each run. */
    public static class OwnSchema implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.quarkus.datasource.jdbc.url",
                    pgUrl(),
                    "quarkus.flyway.schemas",
                    SCHEMA,
                    "quarkus.flyway.clean-disabled",
                    "false",
                    "quarkus.flyway.clean-at-start",
                    "true");
        }
    }

    @Inject
    AgroalDataSource database;

    @Inject
    Clock clock;

    @Test
    void anH2InstanceMovesWithEveryRowAndThePersonasFindTheirPagesAsBefore() throws Exception {
        fillThroughTheApp();
        pages(); // the first reading marks what was new as seen; the second is what people see from then on
        Map<String, String> pagesBefore = pages();
        assertThat(String.join(" ", pagesBefore.values()))
                .as("the pages compared tell the demo stories")
                .contains("Alice")
                .contains("Platform")
                .contains("Dave");
        Map<String, Long> countsBefore = counts();
        long highestGoal = Long.parseLong(single("SELECT max(id) FROM goal"));
        Path data = h2CopyOfThisInstance();

        emptyPostgreSql();
        Move moved = move(data);

        System.out.println(moved.log());
        assertThat(moved.outcome()).as(moved.log()).isZero();
        assertThat(moved.log())
                .contains("The PostgreSQL database is empty: creating the schema at version")
                .contains("audit_event")
                .contains("web_session")
                .contains("access_token")
                .contains("calendar_feed")
                .doesNotContain("DIFFERENT")
                .contains("Moved.");
        assertThat(counts()).isEqualTo(countsBefore);
        assertThat(pages()).isEqualTo(pagesBefore);

        Response created = SignIn.as(Persona.ALICE)
                .form("/goals/new")
                .formParams(Map.of("title", "A goal after the move", "category", "TECHNICAL"))
                .post("/goals");
        assertThat(created.statusCode()).isEqualTo(303);
        long newGoal = Long.parseLong(created.header("Location").replaceAll(".*/goals/(\\d+).*", "$1"));
        assertThat(newGoal).as("a fresh id, past the moved ones").isGreaterThan(highestGoal);

        Move again = move(data);
        assertThat(again.outcome()).isEqualTo(1);
        assertThat(again.log()).contains("Not moved: The PostgreSQL database is not empty: person has");
        assertThat(counts().get("goal")).isEqualTo(countsBefore.get("goal") + 1);
    }

    @Test
    void aDatabaseAtAnotherSchemaVersionOrAMissingH2IsRefusedAndNothingChanges() throws Exception {
        fillThroughTheApp();
        Path data = h2CopyOfThisInstance();
        emptyPostgreSql();
        int latest;
        try (Connection h2 = h2(data)) {
            latest = Integer.parseInt(new Tables(h2).schemaVersion());
        }
        flyway().target(String.valueOf(latest - 1)).load().migrate();

        Move refused = move(data);

        assertThat(refused.outcome()).isEqualTo(1);
        assertThat(refused.log())
                .contains("Not moved: The PostgreSQL database is at schema version " + (latest - 1)
                        + ", the H2 database at " + latest);
        assertThat(single("SELECT count(*) FROM person")).isEqualTo("0");

        assertThat(move(Path.of("target", "no-such-folder")).log())
                .contains("Not moved: There is no Waypoint database at");
        flyway().load().clean();
        flyway().load().migrate();
    }

    private void fillThroughTheApp() throws SQLException {
        flyway().load().clean();
        int latest = java.util.Arrays.stream(flyway().load().info().all())
                .mapToInt(migration -> Integer.parseInt(migration.getVersion().getVersion()))
                .max()
                .orElseThrow();
        FillScripts.upTo(
                latest,
                database,
                version -> flyway().target(org.flywaydb.core.api.MigrationVersion.fromVersion(String.valueOf(version)))
                        .load()
                        .migrate());
        QuarkusTransaction.requiringNew().run(() -> {
            Person alice = Person.ensureDevPersona(ISSUER, "alice", clock.instant());
            Person bob = Person.ensureDevPersona(ISSUER, "bob", clock.instant());
            Person carol = Person.ensureDevPersona(ISSUER, "carol", clock.instant());
            Person dave = Person.ensureDevPersona(ISSUER, "dave", clock.instant());
            DemoGoals.writeFor(alice, clock);
            DemoStories.write(alice, bob, carol, dave, clock);
        });
    }

    /** What each persona reads on their main pages (the text of each page's main part). */
    private Map<String, String> pages() throws SQLException {
        Map<String, String> read = new LinkedHashMap<>();
        String aliceId = single("SELECT id FROM person WHERE subject = 'alice'");
        String team = single("SELECT min(m.team_id) FROM membership m JOIN person p ON p.id = m.person_id"
                + " WHERE p.subject = 'carol'");
        Map<Persona, List<String>> paths = new LinkedHashMap<>();
        List<String> alicePaths = new ArrayList<>(List.of("/", "/goals", "/milestones", "/insights"));
        for (String goal : column("SELECT id FROM goal WHERE owner_id = " + aliceId + " ORDER BY id")) {
            alicePaths.add("/goals/" + goal);
        }
        paths.put(Persona.ALICE, alicePaths);
        paths.put(Persona.BOB, List.of("/", "/mentoring", "/mentoring/mentees/" + aliceId));
        paths.put(Persona.CAROL, List.of("/", "/teams/" + team, "/teams/" + team + "/overview"));
        paths.put(Persona.DAVE, List.of("/", "/goals"));
        paths.forEach((persona, each) -> {
            Session session = SignIn.as(persona);
            for (String path : each) {
                read.put(persona.username() + " " + path, mainText(session.page(path)));
            }
        });
        return read;
    }

    private static String mainText(Document page) {
        return page.select("main").text();
    }

    /** The same instance in a real H2 database of the same schema, copied with the move's own pieces. */
    private Path h2CopyOfThisInstance() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "move-h2-");
        String url = "jdbc:h2:file:" + data.resolve("waypoint").toAbsolutePath();
        Flyway.configure()
                .dataSource(url, "", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection postgres = database.getConnection();
                Connection h2 = DriverManager.getConnection(url, "", "")) {
            Tables from = new Tables(postgres);
            Tables to = new Tables(h2);
            List<String> tables = from.inForeignKeyOrder();
            to.empty(tables.stream()
                    .filter(MoveToPostgreSql.WRITTEN_BY_MIGRATIONS::contains)
                    .toList());
            for (String table : tables) {
                from.copy(table, h2);
            }
            to.continueIdentitiesAfterCopiedRows(tables);
            assertThat(to.rowCounts(tables)).isEqualTo(from.rowCounts(tables));
        }
        return data;
    }

    /** A new, empty database: its schema without a table (Flyway's clean drops a schema it made). */
    private void emptyPostgreSql() throws SQLException {
        flyway().load().clean();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        }
    }

    private Move move(Path data) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int outcome = new MoveToPostgreSql(new PrintStream(log, true, StandardCharsets.UTF_8))
                .move(
                        data,
                        pgUrl(),
                        System.getenv("WAYPOINT_TEST_PG_USER"),
                        System.getenv("WAYPOINT_TEST_PG_PASSWORD"));
        return new Move(outcome, log.toString(StandardCharsets.UTF_8));
    }

    private record Move(int outcome, String log) {}

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure()
                .dataSource(database)
                .schemas(SCHEMA)
                .locations("classpath:db/migration")
                .cleanDisabled(false);
    }

    private Map<String, Long> counts() throws SQLException {
        try (Connection connection = database.getConnection()) {
            Tables tables = new Tables(connection);
            return tables.rowCounts(tables.inForeignKeyOrder());
        }
    }

    private static Connection h2(Path data) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + data.resolve("waypoint").toAbsolutePath(), "", "");
    }

    private String single(String sql) throws SQLException {
        List<String> values = column(sql);
        assertThat(values).as(sql).hasSize(1);
        return values.get(0);
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String pgUrl() {
        return System.getenv("WAYPOINT_TEST_PG_URL") + "?currentSchema=" + SCHEMA;
    }
}
