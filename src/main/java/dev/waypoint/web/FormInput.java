package dev.waypoint.web;

import io.quarkus.arc.Arc;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one form convention. A form is a class of {@code @RestForm} strings kept exactly as typed,
 * so a refused form (422, or 409 for an edit that lost a race) shows them again. Simple rules are
 * Bean Validation annotations on the fields; rules that need the database or other fields go in
 * the form's own {@code validate}, which starts with {@link #checkConstraints()}.
 */
public abstract class FormInput {

    private static final Pattern INVISIBLE_CONTROLS = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]+");

    private static final Pattern ANY_CONTROLS = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

    /** Where a reason that concerns the whole form is kept among the fields' messages. */
    public static final String FORM = "form";

    /** Field name to message, in the order the fields were checked. */
    protected final Map<String, String> errors = new LinkedHashMap<>();

    public Map<String, String> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The reason that concerns the whole form (a lost race, a week that is over), or null. */
    public String formProblem() {
        return errors.get(FORM);
    }

    /** True when a field (not the form as a whole) was rejected: the fields say why. */
    public boolean hasFieldErrors() {
        return errors.keySet().stream().anyMatch(field -> !field.equals(FORM));
    }

    public void reject(String field, String message) {
        errors.put(field, message);
    }

    /** The first message, for forms that show one line rather than one per field. */
    public String problem() {
        return errors.isEmpty() ? null : errors.values().iterator().next();
    }

    /**
     * Clears earlier messages and runs the annotations on the fields; each field keeps one
     * message, fields in the order they are declared. Returns true when nothing was refused.
     */
    protected final boolean checkConstraints() {
        errors.clear();
        // Forms are created per request by REST, not by CDI, so the validator is looked up.
        Validator validator = Arc.container().instance(Validator.class).get();
        Map<String, String> byField = new LinkedHashMap<>();
        for (ConstraintViolation<FormInput> violation : validator.validate(this)) {
            byField.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        for (Field field : declaredFields(getClass())) {
            if (byField.containsKey(field.getName())) {
                errors.put(field.getName(), byField.get(field.getName()));
            }
        }
        return errors.isEmpty();
    }

    private static List<Field> declaredFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> each = type; each != FormInput.class; each = each.getSuperclass()) {
            fields.addAll(0, Arrays.asList(each.getDeclaredFields()));
        }
        return fields;
    }

    /**
     * Text without surrounding blanks, or null when nothing was typed. Control characters other
     * than tabs and line breaks go: nobody types them, and they break calendars and databases.
     */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = INVISIBLE_CONTROLS.matcher(value).replaceAll("").strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Text typed where one line belongs (a title, a name): any control character or line break becomes a space. */
    public static String oneLine(String value) {
        return value == null ? null : clean(ANY_CONTROLS.matcher(value).replaceAll(" "));
    }

    /** Text typed one item per line, without blank lines, surrounding blanks or control characters. */
    public static List<String> lines(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("\\R"))
                .map(FormInput::oneLine)
                .filter(Objects::nonNull)
                .toList();
    }

    /** Text cut to at most {@code max} characters, ending in "…" when it was longer. */
    public static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
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
