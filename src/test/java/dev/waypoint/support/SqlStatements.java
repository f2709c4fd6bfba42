package dev.waypoint.support;

import org.hibernate.SessionFactory;

/** How many SQL statements a request costs, counted by Hibernate's statistics. */
public final class SqlStatements {

    private SqlStatements() {}

    /** The statements of the second load of the page (the first warms caches and the session). */
    public static long forPage(SessionFactory database, Session who, String path) {
        return ofSecond(database, () -> who.page(path));
    }

    /**
     * The statements of the second of two runs of {@code request} (a page, an API call, a feed):
     * the first warms caches and the session, so what is counted is what every later run costs.
     */
    public static long ofSecond(SessionFactory database, Runnable request) {
        request.run();
        var statistics = database.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }
}
