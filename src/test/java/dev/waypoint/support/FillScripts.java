package dev.waypoint.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.IntConsumer;
import javax.sql.DataSource;

/**
 * Rows of every kind, as the app of each schema version wrote them:
 * {@code src/test/resources/migrations/fill-V<n>.sql} adds what version n brought.
 */
public final class FillScripts {

    private FillScripts() {}

    /**
     * Takes an empty database to {@code version} a version at a time, running each version's fill
     * on the schema it was written for (a later version may drop a column an earlier fill names).
     */
    public static void upTo(int version, DataSource database, IntConsumer migrateTo) throws SQLException {
        for (int each = 1; each <= version; each++) {
            migrateTo.accept(each);
            run(each, database);
        }
    }

    private static void run(int version, DataSource database) throws SQLException {
        String sql = read("/migrations/fill-V" + version + ".sql");
        if (sql == null) {
            return;
        }
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            for (String each : sql.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                if (!each.isBlank()) {
                    statement.execute(each);
                }
            }
        }
    }

    private static String read(String resource) {
        try (InputStream script = FillScripts.class.getResourceAsStream(resource)) {
            return script == null ? null : new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
