package dev.waypoint.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A goal as the read API gives it: what its page shows, steps in order, progress in numbers and words. */
@Schema(name = "Goal")
public record GoalView(
        @Schema(example = "17") Long id,
        @Schema(example = "Give a conference talk") String title,
        Owner owner,
        @Schema(example = "VISIBILITY") Category category,
        NorthStarRef northStar,

        @Schema(example = "To be known for what I know about accessibility.")
        String why,

        @Schema(example = "ACTIVE") GoalStatus status,
        @Schema(example = "2027-03-31") LocalDate targetDate,
        @Schema(example = "40") int percent,
        @Schema(example = "2 of 5 steps") String progress,
        Measure measure,

        @Schema(description = "Whether the owner's mentors can see it.")
        boolean sharedWithMentors,

        Instant createdAt,
        Instant achievedAt,

        @Schema(description = "In the owner's order; absent from summaries.")
        List<StepView> steps) {

    @Schema(name = "Person")
    public record Owner(
            @Schema(example = "42") Long id,
            @Schema(example = "Alice") String name) {}

    @Schema(name = "NorthStarRef")
    public record NorthStarRef(
            @Schema(example = "3") Long id,
            @Schema(example = "Lead a team") String title) {}

    @Schema(name = "Measure", description = "A goal's count, when it has one: 4 of 12 talks.")
    public record Measure(
            @Schema(example = "talks") String unit,
            @Schema(example = "4") Integer current,
            @Schema(example = "12") Integer target) {}

    @Schema(name = "Step")
    public record StepView(
            @Schema(example = "88") Long id,
            @Schema(example = "Write the abstract") String title,
            @Schema(example = "2027-01-15") LocalDate dueDate,

            @Schema(description = "When it was ticked off; absent while open.")
            Instant doneAt) {

        static StepView of(Step step) {
            return new StepView(step.id, step.title, step.dueDate, step.doneAt);
        }
    }

    /** The goal with its steps; its owner and north star must be loaded. */
    public static GoalView of(Goal goal, List<Step> steps) {
        return new GoalView(
                goal.id,
                goal.title,
                new Owner(goal.owner.id, goal.owner.displayName),
                goal.category,
                goal.northStar == null ? null : new NorthStarRef(goal.northStar.id, goal.northStar.title),
                goal.why,
                goal.status,
                goal.targetDate,
                goal.percent(),
                goal.progressText(),
                goal.hasMeasure() ? new Measure(goal.measureUnit, goal.measureCurrent, goal.measureTarget) : null,
                goal.sharedWithMentors,
                goal.createdAt,
                goal.achievedAt,
                steps.stream().map(StepView::of).toList());
    }

    /** The goal without its steps, for lists of other people's goals (a mentee's, a board's). */
    public static GoalView summary(Goal goal) {
        GoalView full = of(goal, List.of());
        return new GoalView(
                full.id,
                full.title,
                full.owner,
                full.category,
                full.northStar,
                full.why,
                full.status,
                full.targetDate,
                full.percent,
                full.progress,
                full.measure,
                full.sharedWithMentors,
                full.createdAt,
                full.achievedAt,
                null);
    }
}
