package dev.waypoint.account;

/** The "Delete my account" form: the name to type, what was typed, and why it was refused. */
public record Leaving(String name, String typed, String problem) {

    static Leaving of(String name) {
        return new Leaving(name, "", null);
    }

    /** Whether {@code typed} is the person's name, give or take spaces and capitals. */
    static boolean confirms(String typed, String name) {
        return typed != null && typed.strip().equalsIgnoreCase(name.strip());
    }
}
