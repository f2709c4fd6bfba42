package dev.waypoint.notifications;

import dev.waypoint.operations.Postman;
import dev.waypoint.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes entries into people's inboxes, in the caller's transaction (the way the audit log is
 * written), and marks them read; it keeps each person's unread count with them. An entry whose
 * kind the person wants by e-mail puts an e-mail of that cadence in the outbox.
 */
@ApplicationScoped
public class Notices {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Postman postman;

    /** Tells one person; nobody is told of what they did themselves, except about their account's security. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Long personId, Notice.Kind kind, Long actorId, Notice.Subject subject, Long subjectId) {
        tellAll(List.of(personId), kind, actorId, subject, subjectId);
    }

    /** Tells several people of one thing (a team's members): one entry each. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellAll(
            Collection<Long> personIds, Notice.Kind kind, Long actorId, Notice.Subject subject, Long subjectId) {
        if ((subject == Notice.Subject.ACCOUNT) != (subjectId == null)) {
            throw new IllegalArgumentException("An entry names its item by id (an unsaved one has none yet)");
        }
        List<Long> told = personIds.stream()
                .distinct()
                .filter(id -> kind.aboutSecurity() || !id.equals(actorId))
                .toList();
        if (told.isEmpty()) {
            return;
        }
        Topic topic = Topic.of(kind);
        Map<Long, Cadence> cadences = postman.isEnabled() ? EmailChoice.of(told, topic) : Map.of();
        for (Long personId : told) {
            Cadence cadence = cadences.getOrDefault(personId, Cadence.OFF);
            Notice notice = Notice.of(personId, kind, actorId, subject, subjectId, clock.instant());
            notice.mailedAt = cadence == Cadence.OFF ? notice.createdAt : null;
            notice.persist();
        }
        List<Long> mailed = told.stream()
                .filter(id -> cadences.getOrDefault(id, Cadence.OFF) != Cadence.OFF)
                .toList();
        if (!mailed.isEmpty()) {
            for (Person person : Person.<Person>list("id in ?1", mailed)) {
                Cadence cadence = cadences.get(person.id);
                outbox.expect(person.id, cadence.mail(), topic, outbox.dueFor(person, cadence));
            }
        }
        countUnread(told, 1);
    }

    /**
     * The person has opened an item: what their inbox says about it is read. Nothing is asked of the
     * database while their inbox has nothing unread.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void readOn(Person reader, Notice.Subject subject, Long subjectId) {
        if (reader.unreadNotices == 0) {
            return;
        }
        marked(
                reader,
                Notice.update(
                        "readAt = ?1, mailedAt = coalesce(mailedAt, ?1) where personId = ?2 and subject = ?3"
                                + " and subjectId = ?4 and readAt is null",
                        clock.instant(),
                        reader.id,
                        subject,
                        subjectId));
    }

    /** Marks one of the reader's entries read; false when it is not theirs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean read(Person reader, Long noticeId) {
        int count = Notice.update(
                "readAt = ?1, mailedAt = coalesce(mailedAt, ?1) where id = ?2 and personId = ?3 and readAt is null",
                clock.instant(),
                noticeId,
                reader.id);
        marked(reader, count);
        return count > 0 || Notice.count("id = ?1 and personId = ?2", noticeId, reader.id) > 0;
    }

    /** Marks every entry of the reader's read. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void readAll(Person reader) {
        marked(
                reader,
                Notice.update(
                        "readAt = ?1, mailedAt = coalesce(mailedAt, ?1) where personId = ?2 and readAt is null",
                        clock.instant(),
                        reader.id));
    }

    private void marked(Person reader, int count) {
        if (count > 0) {
            countUnread(List.of(reader.id), -count);
            // The page being drawn shows the bell from this person, read at the start of the request.
            reader.unreadNotices = Math.max(0, reader.unreadNotices - count);
        }
    }

    /** Relative, in the database, so two requests at once both count. */
    private static void countUnread(Collection<Long> personIds, int change) {
        Person.getEntityManager()
                .createNativeQuery("update person set unread_notices = unread_notices + :change where id in (:ids)")
                .setParameter("change", change)
                .setParameter("ids", personIds)
                .executeUpdate();
    }
}
