package dev.waypoint.home;

import dev.waypoint.notifications.Cadence;
import dev.waypoint.notifications.EmailChoice;
import dev.waypoint.notifications.Letters;
import dev.waypoint.notifications.Notice;
import dev.waypoint.notifications.Outbox;
import dev.waypoint.notifications.OutboxMail;
import dev.waypoint.notifications.Topic;
import dev.waypoint.operations.Postman;
import dev.waypoint.people.Person;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The e-mails that tell of inbox entries: soon after they happen, or in a daily or weekly digest,
 * one topic each. Each entry's item is read when the e-mail is written, through the inbox's own
 * lookup, so an item its reader may no longer see is left out (and never named).
 */
@ApplicationScoped
public class NoticeLetters implements Letters {

    /** The most entries one e-mail lists; the rest wait for the inbox. */
    static final int MOST = 30;

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance notices(Mail mail);

        static native TemplateInstance noticesText(Mail mail);
    }

    /** What the templates show. */
    public record Mail(
            String firstName,
            String heading,
            List<Inbox.Entry> entries,
            boolean more,
            String why,
            Postman links,
            String unsubscribe,
            java.time.ZoneId zone) {}

    @Inject
    Postman postman;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Override
    public boolean writes(OutboxMail.Kind kind) {
        return kind != OutboxMail.Kind.CHECK_IN_REMINDER;
    }

    @Override
    public Optional<Letter> write(OutboxMail mail, Person person, String unsubscribe) {
        Cadence wanted = cadenceOf(mail.kind);
        Cadence now = EmailChoice.of(person.id).get(mail.topic);
        if (now != wanted) {
            // Chosen otherwise since: the entries go by the new choice, or not at all.
            if (now == Cadence.OFF) {
                markMailedUpTo(person.id, mail.topic, Long.MAX_VALUE);
            } else {
                outbox.expect(person.id, now.mail(), mail.topic, outbox.dueFor(person, now));
            }
            return Optional.empty();
        }
        List<Object[]> rows = waiting(person, mail.topic);
        List<Inbox.Entry> entries = Inbox.entries(person, rows);
        List<Long> hidden = entries.stream()
                .filter(entry -> !entry.shown())
                .map(Inbox.Entry::id)
                .toList();
        markMailed(hidden);
        List<Inbox.Entry> shown = entries.stream().filter(Inbox.Entry::shown).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        List<Inbox.Entry> listed = shown.stream().limit(MOST).toList();
        Mail content = new Mail(
                person.firstName(),
                heading(mail.kind, listed),
                listed,
                shown.size() > MOST,
                "You get this because you chose “" + wanted.label().toLowerCase(java.util.Locale.ROOT) + "” for "
                        + mail.topic.label().toLowerCase(java.util.Locale.ROOT) + " on your profile.",
                postman,
                unsubscribe,
                person.zone());
        return Optional.of(new Letter(
                subject(mail.kind, mail.topic, listed),
                Templates.notices(content).render(),
                Templates.noticesText(content).render(),
                shown.stream().map(Inbox.Entry::id).toList()));
    }

    /** What it listed is told, and so is all that waited before (the e-mail pointed to the inbox for it). */
    @Override
    public void sent(OutboxMail mail, Letter letter) {
        markMailedUpTo(
                mail.personId,
                mail.topic,
                letter.covers().stream().mapToLong(Long::longValue).max().orElse(0));
    }

    private void markMailedUpTo(Long personId, Topic topic, long lastId) {
        Notice.update(
                "mailedAt = ?1 where personId = ?2 and kind in ?3 and mailedAt is null and id <= ?4",
                clock.instant(),
                personId,
                topic.kinds(),
                lastId);
    }

    private List<Object[]> waiting(Person person, Topic topic) {
        return Notice.getEntityManager()
                .createQuery(
                        "select n, a.displayName from Notice n left join Person a on a.id = n.actorId"
                                + " where n.personId = ?1 and n.mailedAt is null and n.readAt is null and n.kind in ?2"
                                + " order by n.id desc",
                        Object[].class)
                .setParameter(1, person.id)
                .setParameter(2, topic.kinds())
                .setMaxResults(MOST * 4)
                .getResultList();
    }

    private void markMailed(List<Long> ids) {
        if (!ids.isEmpty()) {
            Notice.update("mailedAt = ?1 where id in ?2 and mailedAt is null", clock.instant(), ids);
        }
    }

    private static Cadence cadenceOf(OutboxMail.Kind kind) {
        return switch (kind) {
            case NOTICES -> Cadence.AS_IT_HAPPENS;
            case DAILY_DIGEST -> Cadence.DAILY;
            case WEEKLY_DIGEST -> Cadence.WEEKLY;
            case CHECK_IN_REMINDER -> throw new IllegalArgumentException("not an e-mail of entries");
        };
    }

    private static String heading(OutboxMail.Kind kind, List<Inbox.Entry> entries) {
        return switch (kind) {
            case DAILY_DIGEST -> "Your day in Waypoint";
            case WEEKLY_DIGEST -> "Your week in Waypoint";
            default -> entries.size() == 1 ? "Something new for you" : entries.size() + " new things for you";
        };
    }

    private static String subject(OutboxMail.Kind kind, Topic topic, List<Inbox.Entry> entries) {
        String what = topic.label();
        return switch (kind) {
            case DAILY_DIGEST -> "Today in Waypoint: " + lowerFirst(what);
            case WEEKLY_DIGEST -> "This week in Waypoint: " + lowerFirst(what);
            default -> entries.size() == 1 ? entries.get(0).sentence() : entries.size() + " new: " + lowerFirst(what);
        };
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
