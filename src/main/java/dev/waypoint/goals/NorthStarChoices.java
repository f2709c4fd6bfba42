package dev.waypoint.goals;

import java.util.List;

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
        LeftJoined<NorthStar, Goal> joined = LeftJoined.of(rows, NorthStar.class, Goal.class);
        return new NorthStarChoices(joined.parents(), GoalOverview.rollUp(joined.children()));
    }
}
