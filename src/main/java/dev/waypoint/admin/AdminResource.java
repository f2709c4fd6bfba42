package dev.waypoint.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Clock;

/** The admin area's front page: the instance at a glance, and the way to people, teams and the audit log. */
@Path("/admin")
@Authenticated
@Blocking
public class AdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(InstanceFigures figures);

        static native TemplateInstance confirm(Confirm confirm);
    }

    @Inject
    AdminScope scope;

    @Inject
    DatabaseSize databaseSize;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance overview() {
        scope.admin();
        return Templates.overview(InstanceFigures.load(clock, databaseSize.describe()));
    }
}
