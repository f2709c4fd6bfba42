package dev.waypoint.goals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Goals grouped the way people think of them: under their north stars, then the rest. */
public record GoalOverview(List<StarGroup> stars, List<Goal> standalone, List<Goal> closed) {

    /** A north star with its goals and its roll-up. */
    public record StarGroup(NorthStar star, List<Goal> goals, int percent) {

        public boolean isEmpty() {
            return goals.isEmpty();
        }
    }

    /** Groups already-loaded goals; open ones under their star, achieved and dropped apart. */
    public static GoalOverview of(List<NorthStar> northStars, List<Goal> goals) {
        Map<Long, List<Goal>> byStar = new LinkedHashMap<>();
        northStars.forEach(star -> byStar.put(star.id, new ArrayList<>()));
        List<Goal> standalone = new ArrayList<>();
        List<Goal> closed = new ArrayList<>();
        for (Goal goal : goals) {
            if (goal.status == GoalStatus.DROPPED) {
                closed.add(goal);
            } else if (goal.northStar != null && byStar.containsKey(goal.northStar.id)) {
                byStar.get(goal.northStar.id).add(goal);
            } else if (goal.isOpen()) {
                standalone.add(goal);
            } else {
                closed.add(goal);
            }
        }
        List<StarGroup> stars = northStars.stream()
                .map(star -> new StarGroup(star, byStar.get(star.id), rollUp(byStar.get(star.id))))
                .toList();
        return new GoalOverview(stars, standalone, closed);
    }

    /** A north star's progress: the mean of its goals' progress, dropped goals left out. */
    public static int rollUp(List<Goal> goals) {
        return (int) goals.stream()
                .filter(goal -> goal.status != GoalStatus.DROPPED)
                .mapToInt(Goal::percent)
                .average()
                .orElse(0);
    }

    public boolean isEmpty() {
        return stars.isEmpty() && standalone.isEmpty() && closed.isEmpty();
    }
}
