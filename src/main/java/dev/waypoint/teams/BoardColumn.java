package dev.waypoint.teams;

import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import java.time.LocalDate;
import java.util.Optional;

/** The columns of a team goal board, and where a person's goal falls among them. */
public enum BoardColumn {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    AT_RISK("At risk"),
    ACHIEVED("Achieved");

    private final String label;

    BoardColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    /** Achieved; at risk when paused or past its date; not started while nothing moved. */
    static BoardColumn of(Goal goal, LocalDate today) {
        if (goal.status == GoalStatus.ACHIEVED) {
            return ACHIEVED;
        }
        if (goal.status == GoalStatus.PAUSED || (goal.targetDate != null && goal.targetDate.isBefore(today))) {
            return AT_RISK;
        }
        return goal.percent() == 0 ? NOT_STARTED : IN_PROGRESS;
    }

    /** The status a person's goal takes when its owner moves the card here. */
    GoalStatus statusForCard() {
        return switch (this) {
            case ACHIEVED -> GoalStatus.ACHIEVED;
            case AT_RISK -> GoalStatus.PAUSED;
            case NOT_STARTED, IN_PROGRESS -> GoalStatus.ACTIVE;
        };
    }

    static Optional<BoardColumn> parse(String value) {
        try {
            return Optional.of(valueOf(String.valueOf(value)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
