package dev.waypoint.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Every SQL statement Hibernate prepares while recording is on, as text with its parameters as {@code ?}. */
@PersistenceUnitExtension
public class RecordedStatements implements StatementInspector {

    private static final List<String> RECORDED = new ArrayList<>();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            synchronized (RECORDED) {
                RECORDED.add(sql);
            }
        }
        return sql;
    }

    /** The statements {@code pages} prepare (requests made by this thread's test, one at a time). */
    public static List<String> during(Runnable pages) {
        synchronized (RECORDED) {
            RECORDED.clear();
        }
        recording = true;
        try {
            pages.run();
        } finally {
            recording = false;
        }
        synchronized (RECORDED) {
            return List.copyOf(RECORDED);
        }
    }
}
