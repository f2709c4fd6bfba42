package dev.waypoint.goals;

import dev.waypoint.web.Row;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One concrete thing to do on the way to a goal. */
@Entity
public class Step extends Row {

    /** How many steps one form may add at once (one per line). */
    public static final int MAX_AT_ONCE = 30;

    @TemplateGlobal(name = "stepTitleMax")
    public static final int TITLE_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id", updatable = false)
    public Goal goal;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "done_at")
    public Instant doneAt;

    /** Ticks or unticks the step and recounts its goal. */
    public void markDone(boolean done, Instant now) {
        doneAt = done ? now : null;
        GoalHistory.stepsChanged(goal, now);
    }

    /** Every step of the person's goals, each goal's in order. */
    public static List<Step> ofOwner(Long ownerId) {
        return list("from Step s where s.goal.owner.id = ?1 order by s.goal.id, s.position, s.id", ownerId);
    }

    public static List<Step> ofGoal(Long goalId) {
        return list("goal.id = ?1 order by position, id", goalId);
    }

    /** The step, with its goal, if the person owns the goal. */
    public static Optional<Step> findOwned(Long goalId, Long stepId, Long ownerId) {
        return find(
                        "from Step s join fetch s.goal g left join fetch g.northStar where s.id = ?1 and g.id = ?2 and g.owner.id = ?3",
                        stepId,
                        goalId,
                        ownerId)
                .firstResultOptional();
    }

    /**
     * In one statement, what the dashboard shows of the person's steps: open steps of active goals
     * due by {@code dueBy}, and steps finished in [{@code doneFrom}, {@code doneTo}), with their goals.
     */
    public static List<Step> dueOrFinished(Long ownerId, LocalDate dueBy, Instant doneFrom, Instant doneTo) {
        return list(
                "from Step s join fetch s.goal g where g.owner.id = ?1 and ((g.status = ?2 and s.doneAt is null"
                        + " and s.dueDate <= ?3) or (s.doneAt >= ?4 and s.doneAt < ?5)) order by s.id",
                ownerId,
                GoalStatus.ACTIVE,
                dueBy,
                doneFrom,
                doneTo);
    }

    /** Steps the person finished in [from, to), newest first, with their goals. */
    public static List<Step> doneBetween(Long ownerId, Instant from, Instant to) {
        return list(
                "from Step s join fetch s.goal g where g.owner.id = ?1 and s.doneAt >= ?2 and s.doneAt < ?3"
                        + " order by s.doneAt desc, s.id desc",
                ownerId,
                from,
                to);
    }

    public boolean isDone() {
        return doneAt != null;
    }
}
