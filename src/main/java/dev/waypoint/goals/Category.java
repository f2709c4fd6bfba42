package dev.waypoint.goals;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of career goals, as the catalogue groups them. */
public enum Category {
    TECHNICAL("Technical"),
    JOB("Job and role"),
    ENTREPRENEURSHIP("Entrepreneurship"),
    PRODUCT("Product"),
    PEOPLE_AND_LEADERSHIP("People and leadership"),
    COMMUNICATION_AND_COMMUNITY("Communication and community"),
    WORK_ENVIRONMENT("Work environment"),
    OTHER("Other");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lower-case code used in URLs and CSS ("people-and-leadership"). */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<Category> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip();
        return Arrays.stream(values())
                .filter(category -> category.name().equalsIgnoreCase(wanted)
                        || category.slug().equals(wanted))
                .findFirst();
    }
}
