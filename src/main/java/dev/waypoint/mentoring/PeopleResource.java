package dev.waypoint.mentoring;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.invitations.Invitation;
import dev.waypoint.invitations.Invitations;
import dev.waypoint.invitations.InviteForm;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
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
import org.jboss.resteasy.reactive.RestForm;

/** The People page: mentors, mentees, invitations out, and ending a relationship. */
@Path("/people")
@Authenticated
@Blocking
public class PeopleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(
                List<Mentorship> mentors,
                List<Mentorship> mentees,
                List<Invitation> pending,
                String newLink,
                String newLinkRole,
                String mailNote,
                boolean mailEnabled);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Invitations invitations;

    @Context
    UriInfo uriInfo;

    @GET
    @Transactional
    public TemplateInstance page() {
        return render(null, null, null);
    }

    /** Creates an invitation and shows its link, this once. */
    @POST
    @Path("invitations")
    @Transactional
    public Response invite(@RestForm String role, @BeanParam InviteForm form) {
        Invitation.Role inviteeRole = "MENTEE".equals(role) ? Invitation.Role.MENTEE : Invitation.Role.MENTOR;
        Invitations.Sent sent = invitations.send(
                currentPerson.get(), inviteeRole, null, form, "as their " + inviteeRole.noun(), uriInfo.getBaseUri());
        return Answer.page(render(sent.link(), inviteeRole.noun(), sent.mailNote()));
    }

    @POST
    @Path("invitations/{id: \\d+}/revoke")
    @Transactional
    public Response revoke(@PathParam("id") Long id) {
        Invitation invitation = Invitation.<Invitation>find("id = ?1 and inviter.id = ?2", id, currentPerson.id())
                .firstResultOptional()
                .filter(i -> i.isOpen(clock.instant()))
                .orElseThrow(NotFoundException::new);
        invitation.revokedAt = clock.instant();
        audit.record(AuditKind.INVITATION_REVOKED, invitation.inviter.id, null, invitation.whatFor());
        return Answer.seeOther("/people", Confirmation.INVITATION_REVOKED);
    }

    /** Either side ends a mentorship; access ends with it. */
    @POST
    @Path("mentorships/{id: \\d+}/end")
    @Transactional
    public Response end(@PathParam("id") Long id) {
        Mentorship mentorship =
                Mentorship.findActiveInvolving(id, currentPerson.id()).orElseThrow(NotFoundException::new);
        mentorship.end(clock.instant());
        Long me = currentPerson.id();
        Long other = mentorship.mentor.id.equals(me) ? mentorship.mentee.id : mentorship.mentor.id;
        audit.record(AuditKind.MENTORSHIP_ENDED, me, other, null);
        return Answer.seeOther("/people", Confirmation.MENTORSHIP_ENDED);
    }

    private TemplateInstance render(String newLink, String newLinkRole, String mailNote) {
        Person me = currentPerson.get();
        List<Mentorship> active = Mentorship.activeFor(me.id);
        return Templates.page(
                active.stream().filter(m -> m.mentee.id.equals(me.id)).toList(),
                active.stream().filter(m -> m.mentor.id.equals(me.id)).toList(),
                Invitation.pendingFrom(me.id, clock.instant()),
                newLink,
                newLinkRole,
                mailNote,
                invitations.canMail());
    }
}
