package dev.waypoint.checkins;

import dev.waypoint.notifications.Letters;
import dev.waypoint.notifications.Outbox;
import dev.waypoint.notifications.OutboxMail;
import dev.waypoint.notifications.Topic;
import dev.waypoint.operations.Postman;
import dev.waypoint.people.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The gentle reminder on each person's check-in day (from 9:00 in their zone), once a week, only if
 * they haven't checked in or paused the week. Each person carries when the job should next look at
 * them ({@code reminder_due_at}, indexed), so a pass reads only the people due, never everyone; the
 * e-mail itself goes through the outbox like every other, and is written when it is sent.
 */
@ApplicationScoped
public class Reminders implements Letters {

    private static final Logger LOG = Logger.getLogger(Reminders.class);
    static final LocalTime FROM = LocalTime.of(9, 0);

    /** People looked at in one pass. */
    static final int PASS = 500;

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance reminder(Reminder reminder);

        static native TemplateInstance reminderText(Reminder reminder);
    }

    /** What the reminder says. */
    public record Reminder(
            String firstName, String weekLabel, String checkInLink, String why, Postman links, String unsubscribe) {}

    @Inject
    Postman postman;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Scheduled(
            every = "{waypoint.mail.reminders-every}",
            delayed = "{waypoint.mail.reminders-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        queueDue();
    }

    /** The job should look at this person again from {@code from} on (their day, zone or choice changed). */
    public static void lookAgainFrom(Long personId, Instant from) {
        Person.getEntityManager()
                .createNativeQuery("update person set reminder_due_at = ?1 where id = ?2")
                .setParameter(1, from)
                .setParameter(2, personId)
                .executeUpdate();
    }

    /** Puts the reminders due now in the outbox; returns how many. */
    public int queueDue() {
        if (!postman.isEnabled()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Object[]> due = QuarkusTransaction.requiringNew()
                .call(() -> Person.getEntityManager()
                        .createQuery(
                                "select p.id, p.reminderDueAt from Person p where p.reminderDueAt <= ?1"
                                        + " order by p.reminderDueAt",
                                Object[].class)
                        .setParameter(1, now)
                        .setMaxResults(PASS)
                        .getResultList());
        int queued = 0;
        for (Object[] row : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> queue((Long) row[0], (Instant) row[1], now))) {
                    queued++;
                }
            } catch (RuntimeException failed) {
                // One person must not stop the pass; the next pass looks at them again.
                LOG.warnf("The check-in reminder of person #%d could not be queued: %s", row[0], failed.getMessage());
            }
        }
        if (!due.isEmpty()) {
            long took = Duration.between(now, clock.instant()).toMillis();
            LOG.infof(
                    "Reminder pass: looked at %d people due, queued %d check-in reminder(s), %d ms",
                    due.size(), queued, took);
        }
        return queued;
    }

    /**
     * Moves the person's next look to their next check-in day (none while reminders are off), and
     * queues a reminder when it is their check-in day now. Moving it first, only from the time this
     * pass read, means a second instance doing the same finds nothing to do.
     */
    private boolean queue(Long personId, Instant seen, Instant now) {
        Person person = Person.findById(personId);
        boolean wanted = person.active && person.emailReminders;
        ZonedDateTime local = now.atZone(person.zone());
        boolean today = local.getDayOfWeek() == person.checkInDay
                && !local.toLocalTime().isBefore(FROM);
        Instant next = wanted ? nextLook(person, local).toInstant() : null;
        // No null is bound: PostgreSQL cannot tell the type of a null parameter in plain SQL.
        var move = next == null
                ? Person.getEntityManager()
                        .createNativeQuery(
                                "update person set reminder_due_at = null where id = :id and reminder_due_at = :seen")
                : Person.getEntityManager()
                        .createNativeQuery(
                                "update person set reminder_due_at = :next where id = :id and reminder_due_at = :seen")
                        .setParameter("next", next);
        int moved = move.setParameter("id", personId).setParameter("seen", seen).executeUpdate();
        if (moved == 0 || !wanted || !today || !stillToRemind(person, Week.current(clock, person.zone()))) {
            return false;
        }
        outbox.expect(person.id, OutboxMail.Kind.CHECK_IN_REMINDER, Topic.CHECK_IN_REMINDER, now);
        return true;
    }

    /** 9:00 on their next check-in day: today's, if that is still ahead. */
    private static ZonedDateTime nextLook(Person person, ZonedDateTime local) {
        ZonedDateTime thisWeek =
                local.with(TemporalAdjusters.nextOrSame(person.checkInDay)).with(FROM);
        return thisWeek.isAfter(local)
                ? thisWeek
                : local.with(TemporalAdjusters.next(person.checkInDay)).with(FROM);
    }

    private static boolean stillToRemind(Person person, Week week) {
        boolean checkedIn =
                CheckIn.count("owner.id = ?1 and weekStart = ?2 and submitted = true", person.id, week.start()) > 0;
        boolean paused = WeekPause.count("owner.id = ?1 and weekStart = ?2", person.id, week.start()) > 0;
        boolean reminded = ReminderSent.count("owner.id = ?1 and weekStart = ?2", person.id, week.start()) > 0;
        return !checkedIn && !paused && !reminded;
    }

    @Override
    public boolean writes(OutboxMail.Kind kind) {
        return kind == OutboxMail.Kind.CHECK_IN_REMINDER;
    }

    /** Written when sent: by then they may have checked in, paused, or turned reminders off. */
    @Override
    public Optional<Letter> write(OutboxMail mail, Person person, String unsubscribe) {
        Week week = Week.current(clock, person.zone());
        if (!person.emailReminders || !stillToRemind(person, week)) {
            return Optional.empty();
        }
        Reminder reminder = new Reminder(
                person.firstName(),
                week.label(),
                postman.link("/check-ins/" + week.id()),
                "You get this because reminders on your check-in day are on in your profile.",
                postman,
                unsubscribe);
        return Optional.of(new Letter(
                "Your weekly check-in",
                Templates.reminder(reminder).render(),
                Templates.reminderText(reminder).render(),
                List.of()));
    }

    @Override
    public void sent(OutboxMail mail, Letter letter) {
        Person person = Person.findById(mail.personId);
        ReminderSent sent = new ReminderSent();
        sent.owner = person;
        sent.weekStart = Week.current(clock, person.zone()).start();
        sent.sentAt = clock.instant();
        sent.persist();
    }
}
