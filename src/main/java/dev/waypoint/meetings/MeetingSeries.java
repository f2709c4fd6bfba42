package dev.waypoint.meetings;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Keeps repeating sessions going when nobody marks one held: once a session of a series is over,
 * the next one is planned. Each in its own transaction; where two instances race, the database's
 * one-successor key lets one win and the other finds it done.
 */
@ApplicationScoped
public class MeetingSeries {

    private static final Logger LOG = Logger.getLogger(MeetingSeries.class);

    @Inject
    Clock clock;

    @Scheduled(every = "10m", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        rollOn();
    }

    /** Plans the next session of every series whose last one is over; returns how many. */
    public int rollOn() {
        Instant now = clock.instant();
        List<Long> due = QuarkusTransaction.requiringNew()
                .call(() -> Meeting.seriesToRoll(now).stream()
                        .map(meeting -> meeting.id)
                        .toList());
        int planned = 0;
        for (Long id : due) {
            try {
                planned += QuarkusTransaction.requiringNew()
                        .call(() -> Meeting.<Meeting>findById(id)
                                        .planNextInSeries(now)
                                        .isPresent()
                                ? 1
                                : 0);
            } catch (PersistenceException alreadyPlanned) {
                LOG.debugf("Session %d's next one was planned elsewhere", id);
            }
        }
        return planned;
    }
}
