package dev.waypoint.teams.board;

import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalLifecycle;
import dev.waypoint.goals.GoalStatus;
import java.time.LocalDate;
import java.util.Arrays;
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
        return of(goal.status, goal.targetDate, goal.isStarted(), today);
    }

    static BoardColumn of(GoalStatus status, LocalDate targetDate, boolean started, LocalDate today) {
        if (status == GoalStatus.ACHIEVED) {
            return ACHIEVED;
        }
        if (status == GoalStatus.PAUSED || (targetDate != null && targetDate.isBefore(today))) {
            return AT_RISK;
        }
        return started ? IN_PROGRESS : NOT_STARTED;
    }

    /** Why the owner's card can't move here, in words; null when it can. */
    String whyNot(Goal goal, LocalDate today) {
        if (!GoalLifecycle.canMove(goal, statusForCard())) {
            return "“" + goal.title + "” can't move there from "
                    + of(goal, today).label() + ".";
        }
        if (this == NOT_STARTED && goal.hasProgress()) {
            return "“" + goal.title + "” has progress already, so it can't go back to Not started.";
        }
        boolean pastDate = goal.targetDate != null && goal.targetDate.isBefore(today);
        if ((this == NOT_STARTED || this == IN_PROGRESS) && pastDate) {
            return "“" + goal.title + "” is past its target date, so it stays at risk."
                    + " Revise the date on the goal's page to move it.";
        }
        return null;
    }

    /** The status a person's goal takes when its owner moves the card here. */
    GoalStatus statusForCard() {
        return switch (this) {
            case ACHIEVED -> GoalStatus.ACHIEVED;
            case AT_RISK -> GoalStatus.PAUSED;
            case NOT_STARTED, IN_PROGRESS -> GoalStatus.ACTIVE;
        };
    }

    /** The column named in a URL ({@code in-progress}), if any. */
    static Optional<BoardColumn> ofSlug(String slug) {
        return Arrays.stream(values())
                .filter(column -> column.slug().equals(slug))
                .findFirst();
    }

    static Optional<BoardColumn> parse(String value) {
        try {
            return Optional.of(valueOf(String.valueOf(value)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
