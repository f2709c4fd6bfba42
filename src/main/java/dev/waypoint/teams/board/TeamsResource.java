package dev.waypoint.teams.board;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.Team;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;

/** The person's teams, and starting a new one (its creator becomes its lead). */
@Path("/teams")
@Authenticated
@Blocking
public class TeamsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Membership> teams, TeamForm form);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance list() {
        return Templates.list(Membership.ofPerson(currentPerson.id()), new TeamForm());
    }

    @POST
    @Transactional
    public Response create(@BeanParam TeamForm form) {
        if (!form.validate()) {
            return Answer.refused(Refusal.INVALID, Templates.list(Membership.ofPerson(currentPerson.id()), form));
        }
        Team team = new Team();
        form.applyTo(team);
        team.createdAt = clock.instant();
        team.persist();
        Membership.of(team, currentPerson.get(), Membership.Role.LEAD, clock.instant())
                .persist();
        return Answer.seeOther("/teams/" + team.id, Confirmation.TEAM_CREATED);
    }
}
