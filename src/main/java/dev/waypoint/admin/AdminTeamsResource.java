package dev.waypoint.admin;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.people.Person;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.Team;
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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The instance's teams, for its admins: name a lead for a team whose leads have left or been
 * deactivated, archive a team or restore it. Nothing here shows what the team's members share.
 */
@Path("/admin/teams")
@Authenticated
@Blocking
public class AdminTeamsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AdminTeams teams);

        static native TemplateInstance lead(Team team, List<Membership> members);
    }

    private static final String BACK = "/admin/teams";

    @Inject
    AdminScope scope;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance list(@RestQuery Integer page) {
        scope.admin();
        return Templates.list(AdminTeams.load(page == null ? 1 : page));
    }

    /** The choice of a new lead among the team's current members: this page is the confirmation. */
    @GET
    @Path("{id: \\d+}/lead")
    @Transactional
    public TemplateInstance chooseLead(@PathParam("id") Long id) {
        scope.admin();
        Team team = team(id);
        return Templates.lead(team, Membership.ofTeam(team.id));
    }

    @POST
    @Path("{id: \\d+}/lead")
    @Transactional
    public Response nameLead(@PathParam("id") Long id, @RestForm Long membershipId) {
        Person admin = scope.admin();
        Team team = team(id);
        Membership chosen = Membership.ofTeam(team.id).stream()
                .filter(membership -> membership.id.equals(membershipId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        chosen.role = Membership.Role.LEAD;
        audit.record(AuditKind.TEAM_LEAD_NAMED, admin.id, chosen.person.id, team.name);
        return Answer.seeOther(BACK, Confirmation.TEAM_LEAD_NAMED);
    }

    @GET
    @Path("{id: \\d+}/archive")
    @Transactional
    public TemplateInstance confirmArchive(@PathParam("id") Long id) {
        scope.admin();
        Team team = team(id);
        return AdminResource.Templates.confirm(Confirm.to(
                "Archive",
                team.name,
                "Its board closes for its members and it leaves their list of teams. Nobody's goals or check-ins"
                        + " change. You can restore it here.",
                BACK + "/" + id + "/archive",
                true,
                BACK));
    }

    @POST
    @Path("{id: \\d+}/archive")
    @Transactional
    public Response archive(@PathParam("id") Long id) {
        Person admin = scope.admin();
        Team team = team(id);
        if (!team.isArchived()) {
            team.archivedAt = clock.instant();
            audit.record(AuditKind.TEAM_ARCHIVED, admin.id, null, team.name);
        }
        return Answer.seeOther(BACK, Confirmation.TEAM_ARCHIVED);
    }

    @GET
    @Path("{id: \\d+}/restore")
    @Transactional
    public TemplateInstance confirmRestore(@PathParam("id") Long id) {
        scope.admin();
        Team team = team(id);
        return AdminResource.Templates.confirm(Confirm.to(
                "Restore",
                team.name,
                "Its board opens again for its current members, with what they share on it.",
                BACK + "/" + id + "/restore",
                false,
                BACK));
    }

    @POST
    @Path("{id: \\d+}/restore")
    @Transactional
    public Response restore(@PathParam("id") Long id) {
        Person admin = scope.admin();
        Team team = team(id);
        if (team.isArchived()) {
            team.archivedAt = null;
            audit.record(AuditKind.TEAM_RESTORED, admin.id, null, team.name);
        }
        return Answer.seeOther(BACK, Confirmation.TEAM_RESTORED);
    }

    private static Team team(Long id) {
        return Team.<Team>findByIdOptional(id).orElseThrow(NotFoundException::new);
    }
}
