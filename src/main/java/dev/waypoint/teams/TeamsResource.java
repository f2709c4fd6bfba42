package dev.waypoint.teams;

import dev.waypoint.circles.Membership;
import dev.waypoint.circles.Team;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.web.FormInput;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The person's teams, and starting a new one (its creator becomes its lead). */
@Path("/teams")
@Authenticated
@Blocking
public class TeamsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Membership> teams, String name, String purpose, String problem);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance list() {
        return Templates.list(Membership.ofPerson(currentPerson.id()), "", "", null);
    }

    @POST
    @Transactional
    public Response create(@RestForm String name, @RestForm String purpose) {
        String cleanName = FormInput.clean(name);
        String cleanPurpose = FormInput.clean(purpose);
        String problem = cleanName == null
                ? "Give the team a name."
                : cleanName.length() > Team.NAME_MAX
                        ? "Please keep the name to " + Team.NAME_MAX + " characters."
                        : cleanPurpose != null && cleanPurpose.length() > Team.PURPOSE_MAX
                                ? "Please keep the purpose to " + Team.PURPOSE_MAX + " characters."
                                : null;
        if (problem != null) {
            return Response.status(422)
                    .entity(Templates.list(Membership.ofPerson(currentPerson.id()), name, purpose, problem))
                    .build();
        }
        Team team = new Team();
        team.name = cleanName;
        team.purpose = cleanPurpose;
        team.createdAt = clock.instant();
        team.persist();
        Membership lead = new Membership();
        lead.team = team;
        lead.person = currentPerson.get();
        lead.role = Membership.Role.LEAD;
        lead.joinedAt = clock.instant();
        lead.persist();
        return Response.seeOther(URI.create("/teams/" + team.id)).build();
    }
}
