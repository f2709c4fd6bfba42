package dev.waypoint.admin;

import dev.waypoint.web.NameConfirmation;

/**
 * The page that asks an admin to confirm an action before it happens: what it does, the form that
 * does it, and the way back. {@code typeName} asks them to type that name first (for deletion).
 */
record Confirm(
        String title,
        String explanation,
        String action,
        String button,
        boolean danger,
        String back,
        String typeName,
        NameConfirmation typed) {

    static Confirm of(String title, String explanation, String action, String button, boolean danger, String back) {
        return new Confirm(title, explanation, action, button, danger, back, null, NameConfirmation.blank());
    }

    /** "Archive Platform?", answered by "Archive Platform": the verb and the name say what happens to whom. */
    static Confirm to(String verb, String name, String explanation, String action, boolean danger, String back) {
        return of(verb + " " + name + "?", explanation, action, verb + " " + name, danger, back);
    }

    /** The same page, asking for {@code name} typed, with what was typed and why it was refused. */
    Confirm typing(String name, NameConfirmation typed) {
        return new Confirm(title, explanation, action, button, danger, back, name, typed);
    }
}
