package dev.waypoint.goals;

/** Where a goal is in its life. A dropped goal is data, not failure. */
public enum GoalStatus {
    ACTIVE("Active"),
    ACHIEVED("Achieved"),
    PAUSED("Paused"),
    DROPPED("Dropped");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return name().toLowerCase();
    }

    /** Which moves a person can make from here (undo aside). */
    public boolean canMoveTo(GoalStatus next) {
        return switch (this) {
            case ACTIVE -> next != ACTIVE;
            case PAUSED -> next == ACTIVE || next == DROPPED || next == ACHIEVED;
            case ACHIEVED, DROPPED -> next == ACTIVE;
        };
    }
}
