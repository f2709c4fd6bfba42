package dev.waypoint.support;

import java.util.UUID;

/** Someone who has just signed in for the first time: an empty account, the way people start. */
public record Newcomer(String name, Long id, Session session) {

    /** Signs in under a fresh name that starts with {@code prefix} and opens the dashboard once. */
    public static Newcomer signUp(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        Session session = SignIn.asNewcomer(name);
        session.page("/");
        return new Newcomer(name, Fixtures.personIdOf(name), session);
    }

    /** The same, for someone the provider also makes an admin of the instance. */
    public static Newcomer signUpAdmin(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        Session session = SignIn.asNewAdmin(name);
        session.page("/");
        return new Newcomer(name, Fixtures.personIdOf(name), session);
    }

    /** The name the dev provider gives them ("Mentor-1a2b3c"). */
    public String displayName() {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
