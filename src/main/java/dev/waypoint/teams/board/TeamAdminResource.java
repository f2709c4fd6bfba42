package dev.waypoint.teams.board;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.invitations.Invitation;
import dev.waypoint.invitations.Invitations;
import dev.waypoint.invitations.InviteForm;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.teams.Membership;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;

/** For leads: members, invitation links, co-leads, removing a member, archiving the team. */
@Path("/teams/{team: \\d+}/manage")
@Authenticated
@Blocking
public class TeamAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance manage(
                Membership me, List<Membership> members, String newLink, String mailNote, boolean canMail);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    TeamScope team;

    @Inject
    Invitations invitations;

    @Context
    UriInfo uriInfo;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @GET
    @Transactional
    public TemplateInstance manage(@PathParam("team") Long teamId) {
        Membership me = lead(teamId);
        return Templates.manage(me, Membership.ofTeam(teamId), null, null, invitations.canMail());
    }

    @POST
    @Path("invitations")
    @Transactional
    public Response invite(@PathParam("team") Long teamId, @BeanParam InviteForm form) {
        Membership me = lead(teamId);
        Invitations.Sent sent = invitations.send(
                currentPerson.get(),
                Invitation.Role.TEAM_MEMBER,
                me.team,
                form,
                "to join the team " + me.team.name,
                uriInfo.getBaseUri());
        return Answer.page(
                Templates.manage(me, Membership.ofTeam(teamId), sent.link(), sent.mailNote(), invitations.canMail()));
    }

    @POST
    @Path("members/{membership: \\d+}/promote")
    @Transactional
    public Response promote(@PathParam("team") Long teamId, @PathParam("membership") Long membershipId) {
        Membership me = lead(teamId);
        Membership promoted = other(teamId, membershipId);
        promoted.role = Membership.Role.LEAD;
        audit.record(AuditKind.TEAM_ROLE_CHANGED, me.person.id, promoted.person.id, "lead of " + me.team.name);
        return Answer.seeOther("/teams/" + teamId + "/manage", Confirmation.MEMBER_PROMOTED);
    }

    @POST
    @Path("members/{membership: \\d+}/remove")
    @Transactional
    public Response remove(@PathParam("team") Long teamId, @PathParam("membership") Long membershipId) {
        Membership me = lead(teamId);
        Membership removed = other(teamId, membershipId);
        removed.leave(clock.instant());
        audit.record(AuditKind.TEAM_MEMBER_REMOVED, me.person.id, removed.person.id, "the team " + me.team.name);
        return Answer.seeOther("/teams/" + teamId + "/manage", Confirmation.MEMBER_REMOVED);
    }

    @POST
    @Path("archive")
    @Transactional
    public Response archive(@PathParam("team") Long teamId) {
        Membership me = lead(teamId);
        me.team.archivedAt = clock.instant();
        audit.record(AuditKind.TEAM_ARCHIVED, me.person.id, null, me.team.name);
        return Answer.seeOther("/teams", Confirmation.TEAM_ARCHIVED);
    }

    private Membership lead(Long teamId) {
        return team.lead(teamId);
    }

    private Membership other(Long teamId, Long membershipId) {
        return Membership.<Membership>find(
                        "id = ?1 and team.id = ?2 and leftAt is null and person.id != ?3",
                        membershipId,
                        teamId,
                        currentPerson.id())
                .firstResultOptional()
                .orElseThrow(NotFoundException::new);
    }
}
