package dev.waypoint.goals;

import java.util.Map;

/** The short confirmations shown after a redirect; only known keys, never text from the URL. */
final class Flash {

    private static final Map<String, String> MESSAGES = Map.of(
            "revised", "Revision saved. You'll find it in the history below.",
            "pivoted", "Pivot saved. The old goal is kept, marked as dropped, and links here.",
            "adopted", "Adopted! Make it yours: adjust the title, date and steps.",
            "achieved", "You did it: goal achieved! Take a moment to enjoy it.");

    private Flash() {}

    static String message(String key) {
        return key == null ? null : MESSAGES.get(key);
    }
}
