package dev.waypoint.notifications;

import dev.waypoint.operations.Postman;
import dev.waypoint.people.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * E-mails wait here until they are due. Written in the transaction of what caused them; a job
 * sends what is due, each row claimed first by a conditional update so that with several instances
 * each e-mail goes once, and a claim that is never finished (the instance stopped) runs out so the
 * row is tried again. A refused or unreachable mail server means another try later, with longer
 * and longer waits, then giving up. Nothing is sent in a person's quiet hours: it waits for their
 * end.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);

    /** "As it happens" gathers for a moment, then at most one e-mail per topic in this window. */
    @TemplateGlobal(name = "batchWindowMinutes")
    public static final long BATCH_WINDOW_MINUTES = 15;

    public static final Duration BATCH_WINDOW = Duration.ofMinutes(BATCH_WINDOW_MINUTES);

    /** Events soon after one another go in one e-mail. */
    static final Duration GATHER = Duration.ofMinutes(2);

    /** How long a sender holds a row before another may take it. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    /** The waits after each refused try; after the last, the e-mail is given up. */
    static final List<Duration> RETRIES = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(8));

    /** Rows looked at in one pass of the job. */
    static final int PASS = 200;

    @Inject
    Clock clock;

    @Inject
    Postman postman;

    @Inject
    Unsubscribing unsubscribing;

    @Inject
    @Any
    Instance<Letters> letters;

    /** Makes sure an e-mail of this kind and topic waits for the person, due at {@code due} (one kept if there is). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void expect(Long personId, OutboxMail.Kind kind, Topic topic, Instant due) {
        // One being sent right now may already have read what it tells: it does not count.
        boolean waiting = OutboxMail.count(
                        "personId = ?1 and topic = ?2 and state = ?3 and kind = ?4"
                                + " and (claimedUntil is null or claimedUntil < ?5)",
                        personId,
                        topic,
                        OutboxMail.State.WAITING,
                        kind,
                        clock.instant())
                > 0;
        if (!waiting) {
            OutboxMail mail = new OutboxMail();
            mail.personId = personId;
            mail.kind = kind;
            mail.topic = topic;
            mail.state = OutboxMail.State.WAITING;
            mail.dueAt = due;
            mail.createdAt = clock.instant();
            mail.persist();
        }
    }

    /** When an e-mail of this cadence written now goes out for the person. */
    public Instant dueFor(Person person, Cadence cadence) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(person.zone()));
        return switch (cadence) {
            case AS_IT_HAPPENS -> now.toInstant().plus(GATHER);
            case DAILY -> next(now, person.quietUntil).toInstant();
            case WEEKLY -> nextOn(now, person.checkInDay, person.quietUntil).toInstant();
            case OFF -> throw new IllegalStateException("nothing is sent for a kind that is off");
        };
    }

    private static ZonedDateTime next(ZonedDateTime now, LocalTime at) {
        ZonedDateTime today = now.with(at);
        return today.isAfter(now) ? today : now.plusDays(1).with(at);
    }

    private static ZonedDateTime nextOn(ZonedDateTime now, DayOfWeek day, LocalTime at) {
        ZonedDateTime thisWeek = now.with(TemporalAdjusters.nextOrSame(day)).with(at);
        return thisWeek.isAfter(now)
                ? thisWeek
                : now.with(TemporalAdjusters.next(day)).with(at);
    }

    @Scheduled(
            every = "{waypoint.mail.send-every}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sendDue();
    }

    /** Sends what is due now; returns how many e-mails went. */
    public int sendDue() {
        if (!postman.isEnabled()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Long> due = QuarkusTransaction.requiringNew()
                .call(() -> OutboxMail.getEntityManager()
                        .createQuery(
                                "select o.id from OutboxMail o where o.state = ?1 and o.dueAt <= ?2"
                                        + " and (o.claimedUntil is null or o.claimedUntil < ?2) order by o.dueAt",
                                Long.class)
                        .setParameter(1, OutboxMail.State.WAITING)
                        .setParameter(2, now)
                        .setMaxResults(PASS)
                        .getResultList());
        int sent = 0;
        for (Long id : due) {
            try {
                if (claim(id) && deliver(id)) {
                    sent++;
                }
            } catch (RuntimeException failed) {
                // One row must not stop the pass; its claim runs out and it is tried again, a few times.
                LOG.warnf("Outbox e-mail #%d could not be prepared now: %s", id, failed.getMessage());
                QuarkusTransaction.requiringNew()
                        .run(() -> OutboxMail.update(
                                "state = ?1, lastError = ?2 where id = ?3 and attempts > ?4",
                                OutboxMail.State.FAILED,
                                "It could not be written: " + failed.getClass().getSimpleName(),
                                id,
                                RETRIES.size()));
            }
        }
        if (sent > 0) {
            LOG.infof("Sent %d e-mail(s) from the outbox", sent);
        }
        return sent;
    }

    /** Takes the row for this sender, from this moment: only one of several instances gets it. */
    private boolean claim(Long id) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew()
                        .call(() -> OutboxMail.update(
                                "claimedUntil = ?1, attempts = attempts + 1 where id = ?2 and state = ?3"
                                        + " and dueAt <= ?4 and (claimedUntil is null or claimedUntil < ?4)",
                                now.plus(CLAIM),
                                id,
                                OutboxMail.State.WAITING,
                                now))
                == 1;
    }

    /** What one claimed row sends, if anything, and who to. */
    private record Prepared(OutboxMail mail, String to, Letters writer, Letters.Letter letter, String unsubscribe) {}

    private boolean deliver(Long id) {
        Prepared prepared = QuarkusTransaction.requiringNew().call(() -> prepare(id, clock.instant()));
        if (prepared == null) {
            return false;
        }
        boolean sent = postman.send(
                Postman.Kind.valueOf(prepared.mail().kind.name()),
                prepared.to(),
                new Postman.Message(
                        prepared.letter().subject(),
                        prepared.letter().html(),
                        prepared.letter().text(),
                        Map.of(
                                "List-Unsubscribe",
                                "<" + prepared.unsubscribe() + ">",
                                "List-Unsubscribe-Post",
                                "List-Unsubscribe=One-Click")));
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMail mail = OutboxMail.findById(id);
            mail.claimedUntil = null;
            if (sent) {
                mail.state = OutboxMail.State.SENT;
                mail.sentAt = clock.instant();
                mail.lastError = null;
                prepared.writer().sent(mail, prepared.letter());
            } else if (mail.attempts > RETRIES.size()) {
                mail.state = OutboxMail.State.FAILED;
                mail.lastError = "The mail server refused it or could not be reached, " + mail.attempts + " times";
                postman.gaveUp(Postman.Kind.valueOf(mail.kind.name()));
                LOG.warnf("Gave up on outbox e-mail #%d after %d tries", id, mail.attempts);
            } else {
                mail.dueAt = clock.instant().plus(RETRIES.get(mail.attempts - 1));
                mail.lastError = "The mail server refused it or could not be reached";
            }
        });
        return sent;
    }

    /** In one transaction: the person, their quiet hours, the batch window, and the e-mail itself. */
    private Prepared prepare(Long id, Instant now) {
        OutboxMail mail = OutboxMail.findById(id);
        Person person = Person.findById(mail.personId);
        if (person == null || !person.active || !Postman.isDeliverable(person.email)) {
            mail.state = OutboxMail.State.DROPPED;
            mail.claimedUntil = null;
            return null;
        }
        Optional<Instant> later = quietUntil(person, now).or(() -> batchWindowFor(mail, now));
        if (later.isPresent()) {
            mail.dueAt = later.get();
            mail.claimedUntil = null;
            mail.attempts--;
            return null;
        }
        Letters writer = letters.stream()
                .filter(each -> each.writes(mail.kind))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no letters write " + mail.kind));
        String unsubscribe = unsubscribing.linkFor(person.id, mail.topic);
        Optional<Letters.Letter> letter = writer.write(mail, person, unsubscribe);
        if (letter.isEmpty()) {
            mail.state = OutboxMail.State.DROPPED;
            mail.claimedUntil = null;
            return null;
        }
        return new Prepared(mail, person.email, writer, letter.get(), unsubscribe);
    }

    /** The end of the person's quiet hours, when now falls within them. */
    private static Optional<Instant> quietUntil(Person person, Instant now) {
        ZonedDateTime local = now.atZone(person.zone());
        LocalTime time = local.toLocalTime();
        LocalTime from = person.quietFrom;
        LocalTime until = person.quietUntil;
        boolean quiet = from.isBefore(until)
                ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
        if (!quiet || from.equals(until)) {
            return Optional.empty();
        }
        return Optional.of(next(local, until).toInstant());
    }

    /** At most one "as it happens" e-mail per topic in {@link #BATCH_WINDOW}. */
    private static Optional<Instant> batchWindowFor(OutboxMail mail, Instant now) {
        if (mail.kind != OutboxMail.Kind.NOTICES) {
            return Optional.empty();
        }
        Instant last = OutboxMail.getEntityManager()
                .createQuery(
                        "select max(o.sentAt) from OutboxMail o where o.personId = ?1 and o.topic = ?2 and o.state = ?3",
                        Instant.class)
                .setParameter(1, mail.personId)
                .setParameter(2, mail.topic)
                .setParameter(3, OutboxMail.State.SENT)
                .getSingleResult();
        return last != null && last.plus(BATCH_WINDOW).isAfter(now)
                ? Optional.of(last.plus(BATCH_WINDOW))
                : Optional.empty();
    }
}
