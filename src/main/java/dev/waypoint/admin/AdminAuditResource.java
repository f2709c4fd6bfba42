package dev.waypoint.admin;

import dev.waypoint.audit.AuditEvent;
import dev.waypoint.audit.AuditKind;
import dev.waypoint.people.AuditLines;
import dev.waypoint.people.Person;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/** The audit log, for admins: every event, newest first, by person and kind, a page at a time. */
@Path("/admin/audit")
@Authenticated
@Blocking
public class AdminAuditResource {

    static final int PAGE = 50;

    /** The filters as chosen, the lines, and where the next (older) page starts, if there is one. */
    record AuditPage(Person person, String kind, List<AuditKind> kinds, List<AuditLines.Line> lines, Long olderBefore) {

        /** The query string that keeps the filters for the next page. */
        public String filters() {
            return (person == null ? "" : "&person=" + person.id) + (kind.isEmpty() ? "" : "&kind=" + kind);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AuditPage audit);
    }

    @Inject
    AdminScope scope;

    @GET
    @Transactional
    public TemplateInstance list(@RestQuery Long person, @RestQuery String kind, @RestQuery Long before) {
        Person admin = scope.admin();
        Person subject = person == null ? null : Person.<Person>findById(person);
        AuditKind chosenKind = Arrays.stream(AuditKind.values())
                .filter(value -> value.name().equals(kind))
                .findFirst()
                .orElse(null);
        List<AuditEvent> events = subject != null
                ? AuditEvent.involving(subject.id, chosenKind, before, PAGE + 1)
                : AuditEvent.newestOf(chosenKind, before, PAGE + 1);
        List<AuditEvent> shown = events.subList(0, Math.min(PAGE, events.size()));
        Long older = events.size() > PAGE ? shown.get(shown.size() - 1).id : null;
        return Templates.list(new AuditPage(
                subject,
                chosenKind == null ? "" : chosenKind.name(),
                List.of(AuditKind.values()),
                AuditLines.forAdmin(shown, admin),
                older));
    }
}
