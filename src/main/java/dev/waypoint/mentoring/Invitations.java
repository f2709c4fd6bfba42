package dev.waypoint.mentoring;

import dev.waypoint.circles.Team;
import dev.waypoint.people.Person;
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
}
