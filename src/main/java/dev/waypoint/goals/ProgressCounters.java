package dev.waypoint.goals;

import java.time.Instant;
import java.util.List;

/** The dashboard's numbers at a glance: active goals, steps done of steps planned, wins this year. */
public record ProgressCounters(long activeGoals, long stepsDone, long stepsTotal, long achievedThisYear) {

    /** The same figures from goals already loaded, which must hold every active goal and every goal achieved since {@code yearStart}. */
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

    public static ProgressCounters of(Long ownerId, Instant yearStart) {
        Object[] row = Goal.getEntityManager()
                .createQuery(
                        "select coalesce(sum(case when g.status = :active then 1 else 0 end), 0),"
                                + " coalesce(sum(case when g.status = :active then g.stepsDone else 0 end), 0),"
                                + " coalesce(sum(case when g.status = :active then g.stepsTotal else 0 end), 0),"
                                + " coalesce(sum(case when g.status = :achieved and g.achievedAt >= :yearStart"
                                + " then 1 else 0 end), 0)"
                                + " from Goal g where g.owner.id = :owner",
                        Object[].class)
                .setParameter("active", GoalStatus.ACTIVE)
                .setParameter("achieved", GoalStatus.ACHIEVED)
                .setParameter("yearStart", yearStart)
                .setParameter("owner", ownerId)
                .getSingleResult();
        return new ProgressCounters(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }
}
