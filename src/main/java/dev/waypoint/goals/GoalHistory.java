package dev.waypoint.goals;

import java.time.Instant;
import java.util.List;

/** Keeps a goal's derived numbers and its history in step with each change. */
public final class GoalHistory {

    private GoalHistory() {}

    public static void created(Goal goal, Instant now) {
        GoalEvent.of(goal, GoalEvent.Kind.CREATED, null, now).persist();
        GoalProgress.record(goal, now);
    }

    /** Recounts the goal's steps after a change to them and records the progress that results. */
    static void stepsChanged(Goal goal, Instant now) {
        List<Object[]> counts = Step.getEntityManager()
                .createQuery(
                        "select count(s), coalesce(sum(case when s.doneAt is not null then 1 else 0 end), 0)"
                                + " from Step s where s.goal.id = :goal",
                        Object[].class)
                .setParameter("goal", goal.id)
                .getResultList();
        Object[] row = counts.get(0);
        goal.stepsChanged(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), now);
        GoalProgress.record(goal, now);
    }

    static void measureChanged(Goal goal, int value, Instant now) {
        goal.measureTo(value, now);
        GoalProgress.record(goal, now);
    }
}
