package dev.waypoint.people;

import dev.waypoint.audit.AuditEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Audit events as a reader sees them: who by name (the reader as "you"), when in their time zone,
 * and from where. A person's own trail shows only the addresses of their own actions (whoever
 * accepts their invitation keeps theirs); the admin log shows them all.
 */
public final class AuditLines {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** One event, ready to show; {@code id} pages on to older ones. */
    public record Line(Long id, String when, String text, String address) {}

    private AuditLines() {}

    /** A person's own trail: an address only where they were the one acting. */
    public static List<Line> forOwner(List<AuditEvent> events, Person owner) {
        return of(events, owner.id, owner.zone(), event -> owner.id.equals(event.actorId));
    }

    /** The admin log: every event with its address. */
    public static List<Line> forAdmin(List<AuditEvent> events, Person admin) {
        return of(events, admin.id, admin.zone(), event -> true);
    }

    /** The lines for these events, with the names of everyone they mention looked up in one statement. */
    private static List<Line> of(
            List<AuditEvent> events, Long readerId, ZoneId zone, Predicate<AuditEvent> addressShown) {
        Map<Long, String> names = namesOf(events);
        return events.stream()
                .map(event -> new Line(
                        event.id,
                        WHEN.format(event.at.atZone(zone)),
                        event.describe(readerId, names),
                        addressShown.test(event) ? event.address : null))
                .toList();
    }

    private static Map<Long, String> namesOf(List<AuditEvent> events) {
        Set<Long> ids = new HashSet<>();
        for (AuditEvent event : events) {
            ids.add(event.actorId);
            ids.add(event.subjectId);
        }
        ids.removeIf(Objects::isNull);
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            Person.<Person>list("id in ?1", ids).forEach(person -> names.put(person.id, person.displayName));
        }
        return names;
    }
}
