package dev.waypoint.support;

import org.hibernate.SessionFactory;

/** How many SQL statements a page costs, counted by Hibernate's statistics. */
public final class SqlStatements {

    private SqlStatements() {}

    /** The statements of the second load of the page (the first warms caches and the session). */
    public static long forPage(SessionFactory database, Session who, String path) {
        who.page(path);
        var statistics = database.getStatistics();
        statistics.clear();
        who.page(path);
        return statistics.getPrepareStatementCount();
    }
}
