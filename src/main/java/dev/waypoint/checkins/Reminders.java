package dev.waypoint.checkins;

import dev.waypoint.operations.Postman;
import dev.waypoint.people.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * E-mails a gentle reminder on each person's check-in day (from 9:00 in their zone), once a
 * week, only if they haven't checked in or paused the week. The reminder_sent row is written
 * before the mail goes out, so a restart or a second instance never sends it twice.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);
    static final LocalTime FROM = LocalTime.of(9, 0);

    @Inject
    Postman postman;

    @Inject
    Clock clock;

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sendDue();
    }

    /** Sends the reminders due now; returns how many went out. */
    public int sendDue() {
        if (!postman.isEnabled()) {
            return 0;
        }
        List<Person> people = QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>list("active = true and emailReminders = true and email is not null"));
        int sent = 0;
        for (Person person : people) {
            // A refused mail leaves the week claimed: one missed reminder beats a flood on recovery.
            if (isDue(person)
                    && claim(person)
                    && postman.send(
                            Postman.Kind.CHECK_IN_REMINDER, person.email, "Your weekly check-in", body(person))) {
                sent++;
            }
        }
        if (sent > 0) {
            LOG.infof("Sent %d check-in reminder(s)", sent);
        }
        return sent;
    }

    private boolean isDue(Person person) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(person.zone()));
        return now.getDayOfWeek() == person.checkInDay && !now.toLocalTime().isBefore(FROM);
    }

    /** Records the reminder unless the week is done, paused or already reminded. */
    private boolean claim(Person person) {
        Week week = Week.current(clock, person.zone());
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                boolean checkedIn =
                        CheckIn.count("owner.id = ?1 and weekStart = ?2 and submitted = true", person.id, week.start())
                                > 0;
                boolean paused = WeekPause.count("owner.id = ?1 and weekStart = ?2", person.id, week.start()) > 0;
                boolean reminded = ReminderSent.count("owner.id = ?1 and weekStart = ?2", person.id, week.start()) > 0;
                if (checkedIn || paused || reminded) {
                    return false;
                }
                ReminderSent sent = new ReminderSent();
                sent.owner = Person.getEntityManager().getReference(Person.class, person.id);
                sent.weekStart = week.start();
                sent.sentAt = clock.instant();
                sent.persist();
                return true;
            });
        } catch (RuntimeException anotherInstanceWasFirst) {
            return false;
        }
    }

    private String body(Person person) {
        Week week = Week.current(clock, person.zone());
        return "Hi " + person.firstName() + ",\n\n"
                + "It's your check-in day. Five calm minutes: what went well this week, what got in the way,"
                + " and what's next.\n\n"
                + postman.link("/check-ins/" + week.id()) + "\n\n"
                + "Not this week? Pausing is fine too. You can turn these e-mails off on your profile.\n"
                + "Waypoint\n";
    }
}
