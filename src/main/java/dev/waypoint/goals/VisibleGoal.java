package dev.waypoint.goals;

import dev.waypoint.circles.Audience;
import dev.waypoint.circles.TeamShare;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A goal the viewer may see, with its owner, north star and steps in order, from one statement. */
public record VisibleGoal(Goal goal, List<Step> steps) {

    public static Optional<VisibleGoal> find(Long id, Long viewerId) {
        List<Object[]> rows = Goal.getEntityManager()
                .createQuery(
                        "select g, s from Goal g join fetch g.owner left join fetch g.northStar"
                                + " left join Step s on s.goal = g where g.id = :id and "
                                + Audience.visibleTo("g", TeamShare.Item.GOAL)
                                + " order by s.position, s.id",
                        Object[].class)
                .setParameter("id", id)
                .setParameter(Audience.VIEWER, viewerId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                steps.add((Step) row[1]);
            }
        }
        return Optional.of(new VisibleGoal((Goal) rows.get(0)[0], steps));
    }
}
