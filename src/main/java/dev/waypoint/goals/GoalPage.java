package dev.waypoint.goals;

import dev.waypoint.circles.Audience;
import java.util.List;

/** Everything the goal page renders, loaded up front. */
public record GoalPage(
        Goal goal,
        List<Step> steps,
        List<GoalEvent> history,
        List<NorthStar> northStars,
        int northStarPercent,
        GoalForm revision,
        String flash,
        boolean celebrate,
        String problem,
        String stepProblem,
        String stepDraft) {

    static GoalPage load(Goal goal) {
        return load(goal, null, null, false, null);
    }

    static GoalPage withStepProblem(Goal goal, String problem, String stepDraft) {
        return build(goal, null, null, false, null, problem, stepDraft);
    }

    static GoalPage load(Goal goal, GoalForm revision, String flash, boolean celebrate, String problem) {
        return build(goal, revision, flash, celebrate, problem, null, null);
    }

    private static GoalPage build(
            Goal goal,
            GoalForm revision,
            String flash,
            boolean celebrate,
            String problem,
            String stepProblem,
            String stepDraft) {
        Long ownerId = goal.owner.id;
        int rollUp = goal.northStar == null ? 0 : GoalOverview.rollUp(Goal.countingToward(goal.northStar.id));
        return new GoalPage(
                goal,
                Step.ofGoal(goal.id),
                GoalEvent.historyOf(goal.id),
                NorthStar.ownedBy(ownerId),
                rollUp,
                revision == null ? GoalForm.of(goal) : revision,
                flash,
                celebrate,
                problem,
                stepProblem,
                stepDraft);
    }

    public String audience() {
        return Audience.describePrivate("goal");
    }
}
