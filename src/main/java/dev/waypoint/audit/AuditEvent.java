package dev.waypoint.audit;

import dev.waypoint.web.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the audit log. People are kept as ids, not relations, so this package sits below
 * {@code people}; the pages that show events look their names up. Never updated.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends Row {

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public AuditKind kind;

    @Column(name = "actor_id", updatable = false)
    public Long actorId;

    @Column(name = "subject_id", updatable = false)
    public Long subjectId;

    @Column(updatable = false)
    public String detail;

    @Column(updatable = false)
    public String address;

    /**
     * The newest events a person did or had done to them (of one kind, unless {@code kind} is null),
     * older than {@code beforeId} when given. Each side is read through its own index and the two
     * are merged.
     */
    public static List<AuditEvent> involving(Long personId, AuditKind kind, Long beforeId, int limit) {
        Map<Long, AuditEvent> merged = new LinkedHashMap<>();
        for (String side : List.of("actorId", "subjectId")) {
            for (AuditEvent event : newest(side, personId, kind, beforeId, limit)) {
                merged.put(event.id, event);
            }
        }
        List<AuditEvent> events = new ArrayList<>(merged.values());
        events.sort(Comparator.comparing((AuditEvent event) -> event.id).reversed());
        return events.subList(0, Math.min(limit, events.size()));
    }

    /** The newest events of a kind, or of every kind when {@code kind} is null. */
    public static List<AuditEvent> newestOf(AuditKind kind, Long beforeId, int limit) {
        return newest(null, null, kind, beforeId, limit);
    }

    private static List<AuditEvent> newest(String side, Long personId, AuditKind kind, Long beforeId, int limit) {
        List<Object> parameters = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (side != null) {
            parameters.add(personId);
            where.add(side + " = ?" + parameters.size());
        }
        if (kind != null) {
            parameters.add(kind);
            where.add("kind = ?" + parameters.size());
        }
        if (beforeId != null) {
            parameters.add(beforeId);
            where.add("id < ?" + parameters.size());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by id desc";
        return find(query, parameters.toArray()).page(0, limit).list();
    }

    /**
     * How the event reads for {@code readerId}: the reader is "you", others by the names in {@code
     * names} (people no longer there read "someone").
     * The first letter is capitalised.
     */
    public String describe(Long readerId, Map<Long, String> names) {
        String text = kind.sentence
                // {A's} only ever points back at the actor: "You downloaded your data", "Bob … their data".
                .replace("{A's}", actorId != null && actorId.equals(readerId) ? "your" : "their")
                .replace("{S's}", possessive(subjectId, readerId, names))
                .replace("{A}", name(actorId, readerId, names))
                .replace("{S}", name(subjectId, readerId, names))
                .replace("{D}", detail == null ? "" : detail)
                .strip();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String name(Long personId, Long readerId, Map<Long, String> names) {
        if (personId != null && personId.equals(readerId)) {
            return "you";
        }
        return personId == null ? "someone" : names.getOrDefault(personId, "someone");
    }

    private static String possessive(Long personId, Long readerId, Map<Long, String> names) {
        if (personId != null && personId.equals(readerId)) {
            return "your";
        }
        return name(personId, readerId, names) + "'s";
    }
}
