package dev.waypoint.web;

/** The read API's query parameters, parsed strictly: anything else is a 400 that says what fits. */
public final class QueryParameters {

    private QueryParameters() {}

    /** A whole number from {@code min} to {@code max}; {@code fallback} when the parameter is absent. */
    public static int wholeNumber(String name, String value, int min, int max, int fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // Said below, the same as a number out of range.
        }
        throw new BadParameter("\"" + name + "\" must be a whole number from " + min + " to " + max + ".");
    }
}
