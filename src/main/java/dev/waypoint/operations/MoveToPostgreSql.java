package dev.waypoint.operations;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * Moves a stopped H2 instance into an empty PostgreSQL database, for when an instance outgrows one
 * machine. Run from the built app (docs/operations.md, "When you outgrow one machine"):
 *
 * <pre>
 * WAYPOINT_DATA_DIR=./data QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://host:5432/waypoint \
 * QUARKUS_DATASOURCE_USERNAME=waypoint QUARKUS_DATASOURCE_PASSWORD=... \
 *   java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' dev.waypoint.operations.MoveToPostgreSql
 * </pre>
 *
 * Every table is copied in foreign-key order in one transaction on the target, identities restart
 * past the copied ids, and the row counts of both sides are compared before it commits. A target
 * with anyone's data in it, or at another schema version, is refused before anything is written.
 */
public final class MoveToPostgreSql {

    /** Tables the migrations fill themselves (V3's idea catalogue): replaced by the source's rows. */
    static final Set<String> WRITTEN_BY_MIGRATIONS = Set.of("idea", "idea_step");

    private final PrintStream out;

    MoveToPostgreSql(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] arguments) {
        // Outside the app there is no log manager for Flyway's logging: keep its start-up warnings quiet.
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        String dataDir = System.getenv().getOrDefault("WAYPOINT_DATA_DIR", "./data");
        String targetUrl = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (targetUrl == null || !targetUrl.startsWith("jdbc:postgresql:")) {
            System.err.println("Set QUARKUS_DATASOURCE_JDBC_URL to the empty PostgreSQL database"
                    + " (jdbc:postgresql://host:5432/waypoint), with QUARKUS_DATASOURCE_USERNAME and _PASSWORD.");
            System.exit(2);
        }
        int outcome = new MoveToPostgreSql(System.out)
                .move(
                        Path.of(dataDir),
                        targetUrl,
                        System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", ""),
                        System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", ""));
        System.exit(outcome);
    }

    /** Moves the H2 database in {@code dataDir}; 0 when moved, 1 when refused or failed (nothing changed). */
    int move(Path dataDir, String targetUrl, String user, String password) {
        Path file = dataDir.resolve("waypoint.mv.db");
        if (!Files.isRegularFile(file)) {
            return refuse("There is no Waypoint database at " + file.toAbsolutePath() + ". Set WAYPOINT_DATA_DIR.");
        }
        String sourceUrl = "jdbc:h2:file:" + dataDir.resolve("waypoint").toAbsolutePath();
        try (Connection source = openSource(sourceUrl);
                Connection target = DriverManager.getConnection(targetUrl, user, password)) {
            return move(source, target, targetUrl, user, password);
        } catch (SQLException failed) {
            return refuse(failed.getMessage().lines().findFirst().orElse("The database refused") + ".");
        } catch (Refused refused) {
            return refuse(refused.getMessage());
        }
    }

    private int move(Connection source, Connection target, String targetUrl, String user, String password)
            throws SQLException {
        Tables from = new Tables(source);
        String version = from.schemaVersion();
        if (version == null) {
            throw new Refused("The H2 database has no schema version: is it a Waypoint database?");
        }
        if (target.getSchema() == null) {
            throw new Refused("The PostgreSQL database has no schema to move into: check currentSchema in the URL.");
        }
        Tables to = new Tables(target);
        String targetVersion = to.schemaVersion();
        if (targetVersion == null && to.inForeignKeyOrder().isEmpty()) {
            out.println("The PostgreSQL database is empty: creating the schema at version " + version);
            Flyway.configure()
                    .dataSource(targetUrl, user, password)
                    .locations("classpath:db/migration")
                    .target(version)
                    .load()
                    .migrate();
            targetVersion = to.schemaVersion();
        }
        if (!version.equals(targetVersion)) {
            throw new Refused("The PostgreSQL database is at schema version " + targetVersion + ", the H2 database at "
                    + version + ". Move into a new, empty database: this command creates the schema in it.");
        }
        List<String> tables = from.inForeignKeyOrder();
        refuseAnyoneElsesData(to, tables);

        out.println("Moving " + tables.size() + " tables at schema version " + version);
        target.setAutoCommit(false);
        try {
            to.empty(tables.stream().filter(WRITTEN_BY_MIGRATIONS::contains).toList());
            for (String table : tables) {
                from.copy(table, target);
            }
            to.continueIdentitiesAfterCopiedRows(tables);
            if (!countsMatch(from.rowCounts(tables), to.rowCounts(tables))) {
                target.rollback();
                return refuse("The row counts differ (above): nothing was kept in PostgreSQL.");
            }
            target.commit();
        } catch (SQLException | RuntimeException failed) {
            target.rollback();
            throw failed;
        }
        out.println("Moved. Start Waypoint's PostgreSQL build with the same QUARKUS_DATASOURCE_* settings.");
        return 0;
    }

    private static void refuseAnyoneElsesData(Tables to, List<String> tables) throws SQLException {
        for (Map.Entry<String, Long> table : to.rowCounts(tables).entrySet()) {
            if (table.getValue() > 0 && !WRITTEN_BY_MIGRATIONS.contains(table.getKey())) {
                throw new Refused("The PostgreSQL database is not empty: " + table.getKey() + " has " + table.getValue()
                        + " rows. Move into a new, empty database.");
            }
        }
    }

    private boolean countsMatch(Map<String, Long> source, Map<String, Long> target) {
        out.printf("%-24s %10s %10s%n", "table", "H2", "PostgreSQL");
        boolean same = true;
        for (String table : source.keySet()) {
            boolean equal = source.get(table).equals(target.get(table));
            same &= equal;
            out.printf("%-24s %10d %10d%s%n", table, source.get(table), target.get(table), equal ? "" : "  DIFFERENT");
        }
        return same;
    }

    private static Connection openSource(String url) throws SQLException {
        try {
            return DriverManager.getConnection(url, "", "");
        } catch (SQLException locked) {
            if (String.valueOf(locked.getMessage()).contains("already in use")) {
                throw new Refused("The H2 database is in use: stop Waypoint first.");
            }
            throw locked;
        }
    }

    private int refuse(String why) {
        out.println("Not moved: " + why);
        return 1;
    }

    /** A reason not to move, found before anything was written. */
    private static final class Refused extends RuntimeException {
        Refused(String why) {
            super(why);
        }
    }
}
