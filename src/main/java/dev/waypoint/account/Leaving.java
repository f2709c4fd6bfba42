package dev.waypoint.account;

import dev.waypoint.web.NameConfirmation;

/** The "Delete my account" form: the name to type, and what was typed (with why it was refused). */
public record Leaving(String name, NameConfirmation typed) {

    static Leaving of(String name) {
        return new Leaving(name, NameConfirmation.blank());
    }
}
