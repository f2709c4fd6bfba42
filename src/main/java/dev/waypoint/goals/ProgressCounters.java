package dev.waypoint.goals;

import java.time.Instant;
import java.util.List;

/** The dashboard's numbers at a glance: active goals, steps done of steps planned, wins this year. */
public record ProgressCounters(long activeGoals, long stepsDone, long stepsTotal, long achievedThisYear) {

    /**
     * The figures from goals already loaded, which must hold every active goal and every goal
     * achieved since {@code yearStart}.
     */
    public static ProgressCounters of(List<Goal> goals, Instant yearStart) {
        List<Goal> active = goals.stream().filter(Goal::isActive).toList();
        return new ProgressCounters(
                active.size(),
                active.stream().mapToLong(goal -> goal.stepsDone).sum(),
                active.stream().mapToLong(goal -> goal.stepsTotal).sum(),
                goals.stream()
                        .filter(goal -> goal.isAchieved() && !goal.achievedAt.isBefore(yearStart))
                        .count());
    }

    /** The figures for a person, from their active goals and those achieved since {@code yearStart}. */
    public static ProgressCounters of(Long ownerId, Instant yearStart) {
        return of(
                Goal.list(
                        "owner.id = ?1 and (status = ?2 or (status = ?3 and achievedAt >= ?4))",
                        ownerId,
                        GoalStatus.ACTIVE,
                        GoalStatus.ACHIEVED,
                        yearStart),
                yearStart);
    }
}
