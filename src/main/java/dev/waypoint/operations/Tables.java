package dev.waypoint.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Waypoint's tables as one database holds them, read from its own metadata: in foreign-key order,
 * with their row counts, and copied row by row into another database of the same schema.
 */
final class Tables {

    /** Flyway's record of migrations: each database keeps its own. */
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private static final int BATCH = 500;

    private final Connection connection;
    private final String schema;

    Tables(Connection connection) throws SQLException {
        this.connection = connection;
        this.schema = connection.getSchema();
    }

    /** Every table but Flyway's, each after the tables it points at. */
    List<String> inForeignKeyOrder() throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, Set<String>> pointsAt = new LinkedHashMap<>();
        for (String table : names(meta)) {
            Set<String> referenced = new LinkedHashSet<>();
            try (ResultSet keys = meta.getImportedKeys(null, schema, table)) {
                while (keys.next()) {
                    referenced.add(lower(keys.getString("PKTABLE_NAME")));
                }
            }
            referenced.remove(lower(table));
            pointsAt.put(lower(table), referenced);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < pointsAt.size()) {
            boolean progressed = false;
            for (var table : pointsAt.entrySet()) {
                if (!ordered.contains(table.getKey()) && ordered.containsAll(table.getValue())) {
                    ordered.add(table.getKey());
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("The tables' foreign keys form a cycle: " + pointsAt);
            }
        }
        return ordered;
    }

    Map<String, Long> rowCounts(List<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The newest schema version Flyway applied here, or null when Flyway never ran. */
    String schemaVersion() throws SQLException {
        if (!allNames(connection.getMetaData()).stream()
                .map(Tables::lower)
                .toList()
                .contains(FLYWAY_HISTORY)) {
            return null;
        }
        // Flyway names its table and columns in quotes, in small letters, on every database.
        try (Statement statement = connection.createStatement();
                ResultSet versions = statement.executeQuery("SELECT \"version\" FROM \"" + FLYWAY_HISTORY
                        + "\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            int newest = 0;
            while (versions.next()) {
                newest = Math.max(newest, Integer.parseInt(versions.getString(1)));
            }
            return String.valueOf(newest);
        }
    }

    /**
     * Copies every row of {@code table} into the same table of {@code target}, oldest id first (so a
     * row that points at an older row of its own table, a pivoted goal, finds it).
     */
    void copy(String table, Connection target) throws SQLException {
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT * FROM " + table + orderByKey(table))) {
            ResultSetMetaData columns = rows.getMetaData();
            List<String> names = new ArrayList<>();
            for (int column = 1; column <= columns.getColumnCount(); column++) {
                names.add(lower(columns.getColumnName(column)));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", names.stream().map(name -> "?").toList()) + ")";
            try (PreparedStatement write = target.prepareStatement(insert)) {
                int pending = 0;
                while (rows.next()) {
                    for (int column = 1; column <= names.size(); column++) {
                        write.setObject(column, rows.getObject(column));
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
    }

    /** Empties the tables, the last in foreign-key order first. */
    void empty(List<String> tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int index = tables.size() - 1; index >= 0; index--) {
                statement.executeUpdate("DELETE FROM " + tables.get(index));
            }
        }
    }

    /** New rows get ids past the copied ones: every identity column restarts after its highest id. */
    void continueIdentitiesAfterCopiedRows(List<String> tables) throws SQLException {
        boolean postgres =
                lower(connection.getMetaData().getDatabaseProductName()).contains("postgres");
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                for (String column : identityColumns(table)) {
                    long next = highest(statement, table, column) + 1;
                    statement.execute(
                            postgres
                                    ? "SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), " + next
                                            + ", false)"
                                    : "ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
                }
            }
        }
    }

    private List<String> identityColumns(String table) throws SQLException {
        List<String> identities = new ArrayList<>();
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, storedName(table), "%")) {
            while (columns.next()) {
                if ("YES".equals(columns.getString("IS_AUTOINCREMENT"))) {
                    identities.add(lower(columns.getString("COLUMN_NAME")));
                }
            }
        }
        return identities;
    }

    private static long highest(Statement statement, String table, String column) throws SQLException {
        try (ResultSet max = statement.executeQuery("SELECT max(" + column + ") FROM " + table)) {
            max.next();
            return max.getLong(1);
        }
    }

    private String orderByKey(String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (ResultSet columns = connection.getMetaData().getPrimaryKeys(null, schema, storedName(table))) {
            Map<Integer, String> bySequence = new HashMap<>();
            while (columns.next()) {
                bySequence.put(columns.getInt("KEY_SEQ"), lower(columns.getString("COLUMN_NAME")));
            }
            bySequence.keySet().stream().sorted().forEach(sequence -> key.add(bySequence.get(sequence)));
        }
        return key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key);
    }

    /** H2 keeps unquoted names in capitals, PostgreSQL in small letters. */
    private String storedName(String table) throws SQLException {
        return connection.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }

    private List<String> names(DatabaseMetaData meta) throws SQLException {
        return allNames(meta).stream()
                .filter(name -> !lower(name).equals(FLYWAY_HISTORY))
                .toList();
    }

    private List<String> allNames(DatabaseMetaData meta) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
