package dev.waypoint.milestones;

import java.util.Arrays;
import java.util.Optional;

/** What kind of moment a milestone marks; each has its own look on the timeline. */
public enum MilestoneKind {
    CERTIFICATION("Certification"),
    ROLE("New role or promotion"),
    SHIPPED("Shipped project"),
    TALK("Talk"),
    PUBLICATION("Publication"),
    OPEN_SOURCE("Open-source contribution"),
    MENTORING("Mentoring"),
    LEARNING("Learning"),
    OTHER("Other");

    private final String label;

    MilestoneKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<MilestoneKind> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip();
        return Arrays.stream(values())
                .filter(kind ->
                        kind.name().equalsIgnoreCase(wanted) || kind.slug().equals(wanted))
                .findFirst();
    }
}
