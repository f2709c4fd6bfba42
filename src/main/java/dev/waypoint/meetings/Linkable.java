package dev.waypoint.meetings;

import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.goals.NorthStar;
import java.util.List;

/**
 * What an agreement may name, as one side sees it: the mentee's north stars and active goals. The
 * mentee sees all of them; the mentor the goals shared with mentors and the north stars above them,
 * as on the mentor's other pages. Two statements, through the indexes on the mentee.
 */
public record Linkable(List<NorthStar> northStars, List<Goal> goals) {

    static final Linkable NONE = new Linkable(List.of(), List.of());

    static Linkable to(Side side) {
        Long menteeId = side.mentee().id;
        List<Goal> goals = Goal.list(
                "owner.id = ?1 and status = ?2" + (side.isMentor() ? " and sharedWithMentors = true" : "")
                        + " order by title, id",
                menteeId,
                GoalStatus.ACTIVE);
        List<NorthStar> northStars = NorthStar.list(
                "from NorthStar n where n.owner.id = ?1"
                        + (side.isMentor()
                                ? " and exists (select g.id from Goal g where g.northStar = n and g.sharedWithMentors = true)"
                                : "")
                        + " order by n.title, n.id",
                menteeId);
        return new Linkable(northStars, goals);
    }

    public boolean isEmpty() {
        return northStars.isEmpty() && goals.isEmpty();
    }
}
