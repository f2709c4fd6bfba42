package dev.waypoint.admin;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

/**
 * Who may look after the instance: people whose provider gives them the {@code admin} role, and
 * nobody else. Everyone else gets a 404, so the admin area does not even show that it exists.
 */
@RequestScoped
public class AdminScope {

    @Inject
    CurrentPerson currentPerson;

    /** The signed-in admin, or a 404. */
    Person admin() {
        if (!currentPerson.isAdmin()) {
            throw new NotFoundException();
        }
        return currentPerson.get();
    }
}
