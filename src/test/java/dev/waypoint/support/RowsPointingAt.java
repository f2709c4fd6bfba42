package dev.waypoint.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** The proof of an erasure: every column that refers to a person, and how many rows hold this one's id. */
public final class RowsPointingAt {

    private RowsPointingAt() {}

    /**
     * Every foreign key to {@code person} (read from the database's own metadata, so a new table is
     * covered without being listed), the person row itself, and the sessions that know the person.
     */
    public static Map<String, Long> person(DataSource database, Long personId) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = database.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String person = meta.storesUpperCaseIdentifiers() ? "PERSON" : "person";
            try (ResultSet keys = meta.getExportedKeys(null, null, person)) {
                while (keys.next()) {
                    String table = keys.getString("FKTABLE_NAME");
                    String column = keys.getString("FKCOLUMN_NAME");
                    counts.put(table + "." + column, count(connection, table, column, personId));
                }
            }
            counts.put("person.id", count(connection, "person", "id", personId));
            counts.put("web_session.person_id", count(connection, "web_session", "person_id", personId));
        }
        assertThat(counts).as("every table that points at people").hasSizeGreaterThan(15);
        return counts;
    }

    private static long count(Connection connection, String table, String column, Long personId) throws SQLException {
        try (PreparedStatement count =
                connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")) {
            count.setLong(1, personId);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
