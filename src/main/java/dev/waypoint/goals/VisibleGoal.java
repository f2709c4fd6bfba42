package dev.waypoint.goals;

import dev.waypoint.circles.Audience;
import dev.waypoint.teams.TeamShare;
import java.util.List;
import java.util.Optional;

/** A goal the viewer may see, with its owner, north star and steps in order, from one statement. */
public record VisibleGoal(Goal goal, List<Step> steps) {

    public static Optional<VisibleGoal> find(Long id, Long viewerId) {
        Audience.Condition visible = Audience.visibleTo("g", TeamShare.Item.GOAL, viewerId);
        List<Object[]> rows = visible.bind(Goal.getEntityManager()
                        .createQuery(
                                "select g, s from Goal g join fetch g.owner left join fetch g.northStar"
                                        + " left join Step s on s.goal = g where g.id = :id and " + visible.jpql()
                                        + " order by s.position, s.id",
                                Object[].class)
                        .setParameter("id", id))
                .getResultList();
        LeftJoined<Goal, Step> joined = LeftJoined.of(rows, Goal.class, Step.class);
        return joined.parents().stream().findFirst().map(goal -> new VisibleGoal(goal, joined.children()));
    }
}
