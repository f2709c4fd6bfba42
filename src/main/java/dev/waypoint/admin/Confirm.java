package dev.waypoint.admin;

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
        String problem,
        String typed) {

    static Confirm of(String title, String explanation, String action, String button, boolean danger, String back) {
        return new Confirm(title, explanation, action, button, danger, back, null, null, "");
    }

    /** The same page, asking for the name typed, with what went wrong and what was typed. */
    Confirm typing(String name, String problem, String typed) {
        return new Confirm(title, explanation, action, button, danger, back, name, problem, typed == null ? "" : typed);
    }
}
