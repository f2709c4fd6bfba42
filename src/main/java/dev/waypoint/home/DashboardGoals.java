package dev.waypoint.home;

import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every goal the dashboard needs, from one statement: the open ones, those achieved or dropped
 * since a date, and every achieved goal toward a north star (the stars' roll-ups count them), each
 * knowing whether it has been reflected on. The goal list, the roll-ups, the counters and the
 * reflection prompt are all cut from it, so the page does not ask the database four times.
 */
record DashboardGoals(List<Goal> goals, Set<Long> reflected) {

    static DashboardGoals load(Long ownerId, Instant finishedSince) {
        List<Object[]> rows = Goal.getEntityManager()
                .createQuery(
                        "select g, case when exists (select r.id from Reflection r where r.goal = g) then true"
                                + " else false end from Goal g left join fetch g.northStar where g.owner.id = ?1"
                                + " and (g.status = ?2 or g.status = ?3"
                                + " or ((g.status = ?4 or g.status = ?5) and g.statusChangedAt >= ?6)"
                                + " or (g.status = ?4 and g.northStar is not null))"
                                + " order by g.createdAt desc, g.id desc",
                        Object[].class)
                .setParameter(1, ownerId)
                .setParameter(2, GoalStatus.ACTIVE)
                .setParameter(3, GoalStatus.PAUSED)
                .setParameter(4, GoalStatus.ACHIEVED)
                .setParameter(5, GoalStatus.DROPPED)
                .setParameter(6, finishedSince)
                .getResultList();
        Set<Long> reflected = new HashSet<>();
        List<Goal> goals = rows.stream()
                .map(row -> {
                    Goal goal = (Goal) row[0];
                    if (Boolean.TRUE.equals(row[1])) {
                        reflected.add(goal.id);
                    }
                    return goal;
                })
                .toList();
        return new DashboardGoals(goals, reflected);
    }

    /** Goals still being worked on, and those achieved since {@code achievedSince}: newest first. */
    List<Goal> current(Instant achievedSince) {
        return goals.stream()
                .filter(goal -> goal.isActive()
                        || goal.isPaused()
                        || (goal.isAchieved() && !goal.achievedAt.isBefore(achievedSince)))
                .toList();
    }

    /** The most recently finished goal since {@code since} that has no reflection yet. */
    Optional<Goal> waitingForReflection(Instant since) {
        return goals.stream()
                .filter(goal -> goal.isAchieved() || goal.isDropped())
                .filter(goal -> !goal.statusChangedAt.isBefore(since) && !reflected.contains(goal.id))
                .max(Comparator.comparing((Goal goal) -> goal.statusChangedAt));
    }
}
