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

    /**
     * An admin deactivates them and reactivates them, on the admin pages; they sign in again, as
     * people do when their account is back.
     */
    public Newcomer deactivatedAndBack() {
        Session admin = SignIn.as(Persona.ERIN);
        for (String step : new String[] {"deactivate", "reactivate"}) {
            admin.form("/admin/people")
                    .post("/admin/people/" + id + "/" + step)
                    .then()
                    .statusCode(303);
        }
        return new Newcomer(name, id, SignIn.asNewcomer(name));
    }

    /** Comments on a goal they may see, from its page, as people do. */
    public void commentsOn(Long goal, String body) {
        session.form("/goals/" + goal)
                .formParams(java.util.Map.of(
                        "itemType", "GOAL", "itemId", goal.toString(), "kind", "COMMENT", "body", body))
                .post("/feedback")
                .then()
                .statusCode(303);
    }

    /** The address the dev provider gives them, where their e-mail goes. */
    public String email() {
        return name + "@example.com";
    }

    /** The name the dev provider gives them ("Mentor-1a2b3c"). */
    public String displayName() {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
