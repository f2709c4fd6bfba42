package dev.waypoint.mentoring;

import dev.waypoint.circles.Team;
import dev.waypoint.people.Person;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes invitation links: for a mentor, a mentee, or a team member. */
@ApplicationScoped
public class Invitations {

    @Inject
    Clock clock;

    @ConfigProperty(name = "waypoint.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @ConfigProperty(name = "waypoint.mail.enabled")
    boolean mailEnabled;

    @Inject
    Mailer mailer;

    /** A new single-use link; the token in it is stored only as a hash. */
    String create(Person inviter, Invitation.Role role, Team team) {
        String token = Invitation.newToken();
        Instant now = clock.instant();
        Invitation invitation = new Invitation();
        invitation.tokenHash = Invitation.hash(token);
        invitation.inviter = inviter;
        invitation.inviteeRole = role;
        invitation.team = team;
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(Invitation.LIFETIME);
        invitation.persist();
        return publicUrl + "/invitations/" + token;
    }

    public String forTeam(Team team, Person inviter) {
        return create(inviter, Invitation.Role.TEAM_MEMBER, team);
    }

    public boolean canMail() {
        return mailEnabled;
    }

    /**
     * E-mails the link when mail is set up and the address looks like one; says whether it went.
     * {@code what} completes "... would like you ..." ("as their mentor", "to join the team X").
     */
    public boolean mail(String address, Person inviter, String what, String link) {
        String to = address == null ? "" : address.strip();
        if (!mailEnabled || to.length() > 320 || !to.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return false;
        }
        mailer.send(Mail.withText(
                to,
                inviter.displayName + " invites you to Waypoint",
                inviter.displayName + " would like you " + what + " on Waypoint.\n\n"
                        + "Open this link to accept or decline (it works once and expires in 14 days):\n"
                        + link + "\n"));
        return true;
    }
}
