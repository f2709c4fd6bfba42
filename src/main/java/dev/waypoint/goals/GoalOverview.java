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

        /** The first {@code count} goals, for pages that show a few and link to the rest. */
        public List<Goal> first(int count) {
            return GoalOverview.first(goals, count);
        }

        /** How many goals {@link #first} leaves out. */
        public int beyond(int count) {
            return GoalOverview.beyond(goals, count);
        }
    }

    /** The first {@code count} goals under no north star. */
    public List<Goal> standaloneFirst(int count) {
        return first(standalone, count);
    }

    /** How many goals under no north star {@link #standaloneFirst} leaves out. */
    public int standaloneBeyond(int count) {
        return beyond(standalone, count);
    }

    private static List<Goal> first(List<Goal> goals, int count) {
        return goals.size() <= count ? goals : goals.subList(0, count);
    }

    private static int beyond(List<Goal> goals, int count) {
        return Math.max(0, goals.size() - count);
    }

    /** Groups already-loaded goals; open ones under their star, achieved and dropped apart. */
    public static GoalOverview of(List<NorthStar> northStars, List<Goal> goals) {
        return of(northStars, goals, goals);
    }

    /**
     * Groups {@code goals}, with each north star's roll-up taken from {@code counted}: every goal
     * toward it, for a page that lists only some of them, so the figure is the same on every page.
     */
    public static GoalOverview of(List<NorthStar> northStars, List<Goal> goals, List<Goal> counted) {
        Map<Long, List<Goal>> byStar = byStar(northStars, goals);
        Map<Long, List<Goal>> countedByStar = counted == goals ? byStar : byStar(northStars, counted);
        List<Goal> standalone = new ArrayList<>();
        List<Goal> closed = new ArrayList<>();
        for (Goal goal : goals) {
            if (goal.status == GoalStatus.DROPPED) {
                closed.add(goal);
            } else if (goal.northStar == null || !byStar.containsKey(goal.northStar.id)) {
                (goal.isOpen() ? standalone : closed).add(goal);
            }
        }
        List<StarGroup> stars = northStars.stream()
                .map(star -> new StarGroup(star, byStar.get(star.id), rollUp(countedByStar.get(star.id))))
                .toList();
        return new GoalOverview(stars, standalone, closed);
    }

    /** Each north star's goals that are not dropped, in the order given. */
    private static Map<Long, List<Goal>> byStar(List<NorthStar> northStars, List<Goal> goals) {
        Map<Long, List<Goal>> byStar = new LinkedHashMap<>();
        northStars.forEach(star -> byStar.put(star.id, new ArrayList<>()));
        for (Goal goal : goals) {
            if (goal.status != GoalStatus.DROPPED && goal.northStar != null && byStar.containsKey(goal.northStar.id)) {
                byStar.get(goal.northStar.id).add(goal);
            }
        }
        return byStar;
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
