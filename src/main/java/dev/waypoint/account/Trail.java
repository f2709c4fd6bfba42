package dev.waypoint.account;

import dev.waypoint.audit.AuditEvent;
import dev.waypoint.people.AuditLines;
import dev.waypoint.people.Person;
import java.util.List;

/**
 * "What happened on your account": the newest events the person did or had done to them, a page at
 * a time; {@code olderBefore} is where the next page starts, or null when there is none.
 */
record Trail(List<AuditLines.Line> lines, Long olderBefore) {

    static final int PAGE = 20;

    static Trail of(Person person, Long before) {
        List<AuditEvent> events = AuditEvent.involving(person.id, null, before, PAGE + 1);
        List<AuditEvent> shown = events.subList(0, Math.min(PAGE, events.size()));
        Long older = events.size() > PAGE ? shown.get(shown.size() - 1).id : null;
        return new Trail(AuditLines.forOwner(shown, person), older);
    }
}
