package dev.waypoint.notifications;

import dev.waypoint.people.Person;
import java.util.Optional;

/**
 * Writes e-mails of some kinds, when they are due, from what the person may see at that moment.
 * The outbox lives low and its e-mails gather from features above it, so each is written by a
 * feature that implements this (the inbox's entries by the home page, the reminder by check-ins).
 */
public interface Letters {

    boolean writes(OutboxMail.Kind kind);

    /**
     * The e-mail, in the caller's transaction; empty when there is nothing to say any more (it is
     * then dropped). {@code unsubscribe} is the one-click link that stops this topic.
     */
    Optional<Letter> write(OutboxMail mail, Person person, String unsubscribe);

    /** The e-mail went: what it told is marked so, in a transaction of its own. */
    void sent(OutboxMail mail, Letter letter);

    /** An e-mail's subject and both of its parts, and the entries it covers (if any). */
    record Letter(String subject, String html, String text, java.util.List<Long> covers) {}
}
