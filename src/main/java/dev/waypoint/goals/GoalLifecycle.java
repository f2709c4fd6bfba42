package dev.waypoint.goals;

import jakarta.ws.rs.WebApplicationException;
import java.time.Instant;

/** Status changes made from elsewhere (a team board), with the goal page's rules and history. */
public final class GoalLifecycle {

    private GoalLifecycle() {}

    /** Moves the goal, or answers 409 when the move isn't possible from where it is. */
    public static void move(Goal goal, GoalStatus next, Instant now) {
        if (goal.status == next) {
            return;
        }
        if (!goal.status.canMoveTo(next)) {
            throw new WebApplicationException(409);
        }
        goal.moveTo(next, null, now).persist();
        GoalProgress.record(goal, now);
    }
}
