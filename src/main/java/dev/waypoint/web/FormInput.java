package dev.waypoint.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every form has: a message per rejected field, and typed text cleaned the same way. */
public abstract class FormInput {

    /** Field name to message, in the order the fields were checked. */
    protected final Map<String, String> errors = new LinkedHashMap<>();

    public Map<String, String> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void reject(String field, String message) {
        errors.put(field, message);
    }

    /** The text without surrounding blanks, or null when nothing was typed. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** A date typed as YYYY-MM-DD, or null when it is empty or not a date. */
    public static LocalDate parseDate(String value) {
        String typed = clean(value);
        if (typed == null) {
            return null;
        }
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException garbled) {
            return null;
        }
    }

    /** The version a form was loaded with; -1 when it is missing or garbled. */
    public static int versionOf(String version) {
        try {
            return Integer.parseInt(version == null ? "" : version.strip());
        } catch (NumberFormatException garbled) {
            return -1;
        }
    }
}
