package dev.waypoint.account;

/** The "Delete my account" form: the name to type, what was typed, and why it was refused. */
public record Leaving(String name, String typed, String problem) {

    static Leaving of(String name) {
        return new Leaving(name, "", null);
    }
}
