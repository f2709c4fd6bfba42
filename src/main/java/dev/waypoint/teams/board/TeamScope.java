package dev.waypoint.teams.board;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.teams.Membership;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

/**
 * The signed-in person's place in the team a request is about: every team resource asks here,
 * and anyone who is not (or no longer) in the team, or not a lead where a lead is needed, gets 404.
 */
@RequestScoped
class TeamScope {

    @Inject
    CurrentPerson currentPerson;

    /** The person's current membership of the team (not archived), with the team. */
    Membership member(Long teamId) {
        return Membership.current(teamId, currentPerson.id()).orElseThrow(NotFoundException::new);
    }

    /** The same, for what only the team's leads may do. */
    Membership lead(Long teamId) {
        Membership me = member(teamId);
        if (!me.isLead()) {
            throw new NotFoundException();
        }
        return me;
    }
}
