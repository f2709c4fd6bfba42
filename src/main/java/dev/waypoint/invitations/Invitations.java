package dev.waypoint.invitations;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.operations.Postman;
import dev.waypoint.people.Person;
import dev.waypoint.teams.Team;
import dev.waypoint.web.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/** Makes invitation links: for a mentor, a mentee, or a team member. */
@ApplicationScoped
public class Invitations {

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Postman postman;

    /** A new invitation as its inviter sees it this once: its link, and what became of the e-mail (or null). */
    public record Sent(String link, String mailNote) {}

    /**
     * Makes a single-use invitation ({@code team} null for a mentorship), e-mails it when asked and
     * mail is set up, and answers what the inviter is shown: the link at the address they use now
     * ({@code requestBase}); an e-mail uses the configured public URL, which the recipient can reach.
     * {@code what} completes "... would like you ..." ("as their mentor", "to join the team X").
     */
    public Sent send(Person inviter, Invitation.Role role, Team team, InviteForm form, String what, URI requestBase) {
        String path = create(inviter, role, team);
        return new Sent(requestBase.resolve(path).toString(), mail(form, inviter, what, path));
    }

    /** A new single-use link's path; the token in it is stored only as a hash. */
    private String create(Person inviter, Invitation.Role role, Team team) {
        String token = Secrets.newToken();
        Instant now = clock.instant();
        Invitation invitation = new Invitation();
        invitation.tokenHash = Invitation.hash(token);
        invitation.inviter = inviter;
        invitation.inviteeRole = role;
        invitation.team = team;
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(Invitation.LIFETIME);
        invitation.persist();
        audit.record(AuditKind.INVITATION_CREATED, inviter.id, null, invitation.whatFor());
        return "/invitations/" + token;
    }

    public boolean canMail() {
        return postman.isEnabled();
    }

    /** E-mails the link when mail is set up and an address was typed; says in a sentence what happened (null: nothing to send). */
    private String mail(InviteForm form, Person inviter, String what, String path) {
        if (!postman.isEnabled() || form.address().isEmpty()) {
            return null;
        }
        String to = form.address().get();
        if (!form.isDeliverable()) {
            return "We didn't e-mail it: “" + to + "” doesn't look like an e-mail address. Copy the link instead.";
        }
        boolean sent = postman.send(
                Postman.Kind.INVITATION,
                to,
                inviter.displayName + " invites you to Waypoint",
                inviter.displayName + " would like you " + what + " on Waypoint.\n\n"
                        + "Open this link to accept or decline (it works once and expires in 14 days):\n"
                        + postman.link(path) + "\n");
        return sent
                ? "We also e-mailed it to " + to + "."
                : "We couldn't e-mail it just now. Copy the link and send it yourself.";
    }
}
