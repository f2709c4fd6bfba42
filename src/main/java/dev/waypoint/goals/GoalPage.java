package dev.waypoint.goals;

import dev.waypoint.circles.Audience;
import dev.waypoint.circles.Feedback;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.people.Person;
import java.util.List;

/** Everything the goal page renders, loaded up front. */
public record GoalPage(
        Goal goal,
        boolean mine,
        List<Person> mentors,
        List<Feedback> feedback,
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
        List<Feedback> feedback = Feedback.on(Feedback.Item.GOAL, goal.id);
        return new GoalPage(
                goal,
                true,
                // Naming the mentors only matters once the goal is shared with them.
                goal.sharedWithMentors ? Mentorship.mentorsOf(ownerId) : List.of(),
                feedback,
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

    /**
     * The same goal for someone it is shared with: read-only, so only what they see is loaded
     * (no north stars, roll-up or mentors of the owner).
     */
    static GoalPage forViewer(Goal goal) {
        return new GoalPage(
                goal,
                false,
                List.of(),
                Feedback.on(Feedback.Item.GOAL, goal.id),
                Step.ofGoal(goal.id),
                GoalEvent.historyOf(goal.id),
                List.of(),
                0,
                GoalForm.of(goal),
                null,
                false,
                null,
                null,
                null);
    }

    public String audience() {
        return mine
                ? Audience.describe("goal", goal.sharedWithMentors, mentors)
                : goal.owner.displayName + " shared this goal with you.";
    }
}
