package dev.waypoint.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Reminders;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.NorthStar;
import dev.waypoint.milestones.Milestone;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.Refusal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * "Your data": the person's data is theirs. Download all of it as JSON, or bring it into an empty
 * account; deleting the account is {@link LeavingResource}'s.
 */
@Path("/export")
@Authenticated
@Blocking
public class ExportResource {

    private static final Logger LOG = Logger.getLogger(ExportResource.class);
    static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;
    private static final String NOT_EMPTY = "Import only works into an empty account, so nothing you have gets mixed up"
            + " or overwritten. This account already has goals, check-ins or milestones.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(
                boolean empty, List<String> problems, long keptSessions, Leaving leaving, Trail trail);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @GET
    @Transactional
    public TemplateInstance page(@RestQuery Long before) {
        Person person = currentPerson.get();
        return pageOf(person, List.of(), Leaving.of(person.displayName), before);
    }

    @GET
    @Path("waypoint.json")
    @Transactional
    public Response download() throws JsonProcessingException {
        Person person = currentPerson.get();
        audit.record(AuditKind.EXPORTED, person.id, null, null);
        String body = json.writerWithDefaultPrettyPrinter()
                .writeValueAsString(Exporter.export(person, clock.instant(), json));
        return Response.ok(body)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"waypoint-export-" + LocalDate.now(clock.withZone(person.zone()))
                                + ".json\"")
                .build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file) {
        Long personId = currentPerson.id();
        if (!QuarkusTransaction.requiringNew().call(() -> isEmpty(personId))) {
            return refuse(Refusal.CONFLICT, NOT_EMPTY);
        }
        if (file == null || file.size() == 0) {
            return refuse(Refusal.INVALID, "Please choose a Waypoint export file (.json) to import.");
        }
        if (file.size() > MAX_IMPORT_BYTES) {
            return refuse(
                    Refusal.TOO_LARGE,
                    "That file is larger than 5 MB, which is more than any Waypoint export we know of.");
        }
        ExportFile export;
        try {
            export = json.readValue(Files.readString(file.uploadedFile()), ExportFile.class);
        } catch (IOException | RuntimeException unreadable) {
            return refuse(
                    Refusal.INVALID,
                    "That file isn't a Waypoint export we can read (it isn't valid JSON in the export format).");
        }
        List<String> problems = Importer.problems(export);
        if (!problems.isEmpty()) {
            return refuse(Refusal.INVALID, problems);
        }
        boolean written;
        try {
            written = QuarkusTransaction.requiringNew().call(() -> writeIntoEmpty(export, personId));
        } catch (RuntimeException failed) {
            LOG.warn("Import failed and was rolled back", failed);
            return refuse(
                    Refusal.INVALID,
                    "The import could not be completed, so nothing was changed. Is the file complete?");
        }
        if (!written) {
            return refuse(Refusal.CONFLICT, NOT_EMPTY);
        }
        return Answer.seeOther("/export", Confirmation.DATA_IMPORTED);
    }

    /**
     * Writes the import if the account is still empty, in one transaction that holds the person's
     * row: of two imports at once (two tabs), the second finds the account full and writes nothing.
     */
    private boolean writeIntoEmpty(ExportFile export, Long personId) {
        Person person = Person.findById(personId, LockModeType.PESSIMISTIC_WRITE);
        if (!isEmpty(personId)) {
            return false;
        }
        Importer.write(export, person, clock.instant(), json);
        Reminders.lookAgainFrom(person.id, clock.instant());
        audit.record(AuditKind.IMPORTED, personId, null, "an export file");
        return true;
    }

    private Response refuse(Refusal why, String problem) {
        return refuse(why, List.of(problem));
    }

    private Response refuse(Refusal why, List<String> problems) {
        return Answer.refused(why, QuarkusTransaction.requiringNew().call(() -> {
            Person person = Person.findById(currentPerson.id());
            return pageOf(person, problems, Leaving.of(person.displayName), null);
        }));
    }

    /** The page as this person sees it, with what went wrong and the deletion form as typed. */
    static TemplateInstance pageOf(Person person, List<String> problems, Leaving leaving, Long trailBefore) {
        return Templates.page(
                isEmpty(person.id),
                problems,
                KeptSession.count("owner.id", person.id),
                leaving,
                Trail.of(person, trailBefore));
    }

    static boolean isEmpty(Long personId) {
        return Goal.count("owner.id", personId) == 0
                && NorthStar.count("owner.id", personId) == 0
                && CheckIn.count("owner.id", personId) == 0
                && Milestone.count("owner.id", personId) == 0
                && KeptSession.count("owner.id", personId) == 0;
    }
}
