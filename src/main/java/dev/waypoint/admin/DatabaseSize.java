package dev.waypoint.admin;

import dev.waypoint.web.ByteSizes;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.jboss.logging.Logger;

/** How much disk the database takes, as the database itself says (H2's file, PostgreSQL's own figure). */
@ApplicationScoped
class DatabaseSize {

    private static final Logger LOG = Logger.getLogger(DatabaseSize.class);

    @Inject
    AgroalDataSource database;

    /** "412 MB", "in memory", or "unknown" when the database does not say. */
    String describe() {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return ByteSizes.readable(
                        Long.parseLong(single(statement, "SELECT pg_database_size(current_database())")));
            }
            if (product.contains("h2")) {
                String path = single(statement, "CALL DATABASE_PATH()");
                return path == null ? "in memory" : ByteSizes.readable(Files.size(Path.of(path + ".mv.db")));
            }
        } catch (SQLException | java.io.IOException | RuntimeException unknown) {
            LOG.debug("Could not tell the database size", unknown);
        }
        return "unknown";
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
