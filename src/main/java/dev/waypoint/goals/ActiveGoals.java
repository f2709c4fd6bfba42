package dev.waypoint.goals;

import java.util.List;

/** A person's active goals with their north stars, and the open steps of each, from one statement. */
public record ActiveGoals(List<Goal> goals, List<Step> openSteps) {

    public static ActiveGoals of(Long ownerId) {
        List<Object[]> rows = Goal.getEntityManager()
                .createQuery(
                        "select g, s from Goal g left join fetch g.northStar left join Step s on s.goal = g"
                                + " and s.doneAt is null where g.owner.id = ?1 and g.status = ?2"
                                + " order by g.createdAt, g.id, s.position, s.id",
                        Object[].class)
                .setParameter(1, ownerId)
                .setParameter(2, GoalStatus.ACTIVE)
                .getResultList();
        LeftJoined<Goal, Step> joined = LeftJoined.of(rows, Goal.class, Step.class);
        return new ActiveGoals(joined.parents(), joined.children());
    }
}
