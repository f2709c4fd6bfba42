package dev.waypoint.invitations;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.notifications.Notice;
import dev.waypoint.notifications.Notices;
import dev.waypoint.operations.Activity;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.teams.Membership;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.Refusal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;

/** Opening an invitation link, then accepting or declining it (never by a GET). */
@Path("/invitations/{token}")
@Authenticated
@Blocking
public class InvitationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Invitation invitation, String token, String problem);
    }

    @Inject
    Notices notices;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Activity activity;

    @GET
    @Transactional
    public Response show(@PathParam("token") String token) {
        return Invitation.byToken(token)
                .map(invitation -> Answer.page(Templates.show(invitation, token, problemFor(invitation))))
                .orElseGet(this::unknown);
    }

    @POST
    @Path("accept")
    public Response accept(@PathParam("token") String token) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> whenOpen(token, invitation -> join(invitation, token)));
        } catch (PersistenceException alreadyConnected) {
            // Another link accepted at the same moment made the same relationship: the database
            // keeps one, and this accept (claim included) was rolled back.
            return QuarkusTransaction.requiringNew()
                    .call(() -> whenOpen(
                            token, invitation -> refused(invitation, token, "You're already connected this way.")));
        }
    }

    private Response join(Invitation invitation, String token) {
        Person me = currentPerson.get();
        Instant now = clock.instant();
        if (!Invitation.claim(invitation.id, me.id, now)) {
            return refused(invitation, token, "This invitation has already been accepted. Each link works once.");
        }
        audit.record(AuditKind.INVITATION_ACCEPTED, me.id, invitation.inviter.id, invitation.acceptedAs());
        if (invitation.team != null) {
            Membership.of(invitation.team, me, Membership.Role.MEMBER, now).persistAndFlush();
            notices.tell(
                    invitation.inviter.id,
                    Notice.Kind.INVITATION_ACCEPTED,
                    me.id,
                    Notice.Subject.TEAM,
                    invitation.team.id);
            activity.invitationAccepted();
            return Answer.seeOther("/teams/" + invitation.team.id, Confirmation.TEAM_JOINED);
        }
        boolean iMentor = invitation.inviteeRole == Invitation.Role.MENTOR;
        Mentorship mentorship =
                Mentorship.of(iMentor ? me : invitation.inviter, iMentor ? invitation.inviter : me, now);
        mentorship.persistAndFlush();
        notices.tell(
                invitation.inviter.id,
                Notice.Kind.INVITATION_ACCEPTED,
                me.id,
                Notice.Subject.MENTORSHIP,
                mentorship.id);
        activity.invitationAccepted();
        // A mentorship begins on its own page, where the two can agree on what to work on.
        return Answer.seeOther(
                "/mentorships/" + mentorship.id + "#agreement",
                iMentor ? Confirmation.MENTORSHIP_STARTED : Confirmation.MENTOR_ADDED);
    }

    @POST
    @Path("decline")
    @Transactional
    public Response decline(@PathParam("token") String token) {
        return whenOpen(token, invitation -> {
            invitation.declinedAt = clock.instant();
            return Answer.seeOther("/", Confirmation.INVITATION_DECLINED);
        });
    }

    /** Runs the answer on an invitation this person may still use; otherwise says why not. */
    private Response whenOpen(String token, java.util.function.Function<Invitation, Response> answer) {
        Invitation invitation = Invitation.byToken(token).orElse(null);
        if (invitation == null) {
            return unknown();
        }
        String problem = problemFor(invitation);
        return problem != null ? refused(invitation, token, problem) : answer.apply(invitation);
    }

    private String problemFor(Invitation invitation) {
        Long me = currentPerson.id();
        if (invitation.inviter.id.equals(me)) {
            return "This is your own invitation link. Send it to the person you'd like as your "
                    + invitation.inviteeRole.noun() + ".";
        }
        String closed = invitation.whyClosed(clock.instant());
        if (closed != null) {
            return closed;
        }
        if (invitation.team != null) {
            if (invitation.team.isArchived()) {
                return "This team has been archived.";
            }
            return Membership.current(invitation.team.id, me).isPresent() ? "You're already in this team." : null;
        }
        boolean iMentor = invitation.inviteeRole == Invitation.Role.MENTOR;
        Long mentor = iMentor ? me : invitation.inviter.id;
        Long mentee = iMentor ? invitation.inviter.id : me;
        if (Mentorship.isActive(mentor, mentee)) {
            return "You're already connected this way.";
        }
        return null;
    }

    private Response refused(Invitation invitation, String token, String problem) {
        return Answer.refused(Refusal.CONFLICT, Templates.show(invitation, token, problem));
    }

    private Response unknown() {
        return Answer.notFound(
                Templates.show(null, null, "We don't know this invitation link. Check that it was copied whole."));
    }
}
