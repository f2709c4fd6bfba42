package dev.waypoint.admin;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.operations.BackupFile;
import dev.waypoint.operations.BackupStatus;
import dev.waypoint.operations.Backups;
import dev.waypoint.people.Person;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/**
 * The admin area's front page: the instance at a glance, its backups, and the way to people, teams
 * and the audit log.
 */
@Path("/admin")
@Authenticated
@Blocking
public class AdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(InstanceFigures figures, BackupStatus backups, String backupSchedule);

        static native TemplateInstance confirm(Confirm confirm);
    }

    @Inject
    AdminScope scope;

    @Inject
    DatabaseSize databaseSize;

    @Inject
    Backups backups;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance overview() {
        scope.admin();
        return Templates.overview(
                InstanceFigures.load(clock, databaseSize.describe()), backups.status(), backups.schedule());
    }

    /** "Back up now": the same backup as the daily one. Only where the app keeps the database itself. */
    @POST
    @Path("backup")
    @Transactional
    public Response backUpNow() {
        Person admin = scope.admin();
        if (!backups.status().embedded()) {
            throw new NotFoundException();
        }
        try {
            BackupFile taken = backups.take();
            audit.record(AuditKind.BACKUP_TAKEN, admin.id, null, taken.name());
            return Answer.seeOther("/admin#backups", Confirmation.BACKUP_TAKEN);
        } catch (Backups.BackupFailed failed) {
            return Answer.seeOther("/admin#backups", Confirmation.BACKUP_FAILED);
        }
    }
}
