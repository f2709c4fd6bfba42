package dev.waypoint.web;

import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * For pages that only read, called before they load: Hibernate then keeps no copies of what they
 * load and does not check every loaded row for changes before each query and at the end. A board
 * loads hundreds of goals, and those checks took a tenth of its time. Whatever the request changed
 * before (a person signing in for the first time) is written first.
 */
public final class ReadOnlyPage {

    private ReadOnlyPage() {}

    public static void begin() {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.flush();
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }
}
