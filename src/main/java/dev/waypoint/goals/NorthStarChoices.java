package dev.waypoint.goals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The owner's north stars, for the goal page's "counts toward" choice, and the roll-up of the
 * goal's own north star, from one statement: the goals that count toward that star come joined to it.
 */
record NorthStarChoices(List<NorthStar> northStars, int rollUp) {

    static NorthStarChoices of(Long ownerId, NorthStar current) {
        List<Object[]> rows = NorthStar.getEntityManager()
                .createQuery(
                        "select ns, g from NorthStar ns left join Goal g on g.northStar = ns and ns.id = :current"
                                + " and g.status <> :dropped where ns.owner.id = :owner order by ns.createdAt, ns.id",
                        Object[].class)
                .setParameter("owner", ownerId)
                .setParameter("current", current == null ? null : current.id)
                .setParameter("dropped", GoalStatus.DROPPED)
                .getResultList();
        Set<NorthStar> northStars = new LinkedHashSet<>();
        List<Goal> countingToward = new ArrayList<>();
        for (Object[] row : rows) {
            northStars.add((NorthStar) row[0]);
            if (row[1] != null) {
                countingToward.add((Goal) row[1]);
            }
        }
        return new NorthStarChoices(List.copyOf(northStars), GoalOverview.rollUp(countingToward));
    }
}
