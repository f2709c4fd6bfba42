package dev.waypoint.teams.board;

import dev.waypoint.notifications.NeedsYou;
import dev.waypoint.teams.Membership;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/** For leads: the team's momentum at a glance. */
@Path("/teams/{team: \\d+}/overview")
@Authenticated
@Blocking
public class TeamOverviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(TeamOverview overview);

        static native TemplateInstance overview$needsYou(TeamOverview overview);
    }

    @Inject
    TeamScope team;

    @Inject
    Clock clock;

    @Inject
    Answer answer;

    @GET
    @Transactional
    public TemplateInstance overview(@PathParam("team") Long teamId) {
        return Templates.overview(TeamOverview.load(team.lead(teamId), clock));
    }

    /** "Not now" on an item of the lead's "needs you" list; 404 for anything not on it. */
    @POST
    @Path("needs-you/{item}/not-now")
    @Transactional
    public Response notNow(@PathParam("team") Long teamId, @PathParam("item") String key) {
        Membership me = team.lead(teamId);
        TeamOverview overview = TeamOverview.load(me, clock);
        NeedsYou.Item item = overview.needsYou().find(key).orElseThrow(NotFoundException::new);
        NeedsYou.notNow(me.person, item, clock);
        return answer.doneInPlace(
                "/teams/" + teamId + "/overview#needs-you",
                Confirmation.PUT_OFF,
                () -> Answer.Views.ofFragments(Templates.overview$needsYou(
                        overview.with(overview.needsYou().without(item)))));
    }
}
