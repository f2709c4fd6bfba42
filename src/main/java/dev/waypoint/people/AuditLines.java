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

/** Audit events as a reader sees them: who by name (the reader as "you"), when in their time zone, from where. */
public final class AuditLines {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** One event, ready to show; {@code id} pages on to older ones. */
    public record Line(Long id, String when, String text, String address) {}

    private AuditLines() {}

    /** The lines for these events, with the names of everyone they mention looked up in one statement. */
    public static List<Line> of(List<AuditEvent> events, Long readerId, ZoneId zone) {
        Map<Long, String> names = namesOf(events);
        return events.stream()
                .map(event -> new Line(
                        event.id, WHEN.format(event.at.atZone(zone)), event.describe(readerId, names), event.address))
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
