package dev.waypoint.teams.board;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.teams.Membership;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** For leads: the team's momentum at a glance. */
@Path("/teams/{team: \\d+}/overview")
@Authenticated
@Blocking
public class TeamOverviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(TeamOverview overview);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    TeamScope team;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance overview(@PathParam("team") Long teamId) {
        Membership me = team.lead(teamId);
        ZoneId zone = currentPerson.get().zone();
        return Templates.overview(TeamOverview.load(me, zone, LocalDate.now(clock.withZone(zone))));
    }
}
