package dev.waypoint.goals;

import java.time.Instant;

/** Status changes made from elsewhere (a team board), with the goal page's rules and history. */
public final class GoalLifecycle {

    private GoalLifecycle() {}

    /** Whether the goal can take that status from where it is (staying put counts). */
    public static boolean canMove(Goal goal, GoalStatus next) {
        return goal.status == next || goal.status.canMoveTo(next);
    }

    /** Moves the goal; callers check {@link #canMove} first. */
    public static void move(Goal goal, GoalStatus next, Instant now) {
        if (goal.status == next) {
            return;
        }
        if (!goal.status.canMoveTo(next)) {
            throw new IllegalStateException(goal.status + " cannot move to " + next);
        }
        goal.moveTo(next, null, now).persist();
        GoalProgress.record(goal, now);
    }

    /** "In progress" on a board before any step is done; "not started" again only without progress. */
    public static void markStarted(Goal goal, boolean started, Instant now) {
        goal.startedAt = started ? (goal.startedAt == null ? now : goal.startedAt) : null;
    }
}
