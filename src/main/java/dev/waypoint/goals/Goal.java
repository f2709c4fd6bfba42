package dev.waypoint.goals;

import dev.waypoint.circles.Audience;
import dev.waypoint.people.Person;
import dev.waypoint.teams.TeamShare;
import dev.waypoint.web.FormInput;
import dev.waypoint.web.Row;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.annotations.OptimisticLock;

/** A short-term goal: steps and/or a numeric measure, a target date, a status, a history. */
@Entity
public class Goal extends Row {

    @TemplateGlobal(name = "goalTitleMax")
    public static final int TITLE_MAX = 160;

    @TemplateGlobal(name = "goalWhyMax")
    public static final int WHY_MAX = 2000;

    @TemplateGlobal(name = "goalReasonMax")
    public static final int REASON_MAX = 500;

    @TemplateGlobal(name = "goalUnitMax")
    public static final int UNIT_MAX = 40;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", updatable = false)
    public Person owner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "north_star_id")
    public NorthStar northStar;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    public String why;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Column(name = "measure_unit")
    public String measureUnit;

    // Progress fields change with every tick; they must not make an open edit form stale.
    @OptimisticLock(excluded = true)
    @Column(name = "measure_current")
    public Integer measureCurrent;

    @Column(name = "measure_target")
    public Integer measureTarget;

    @OptimisticLock(excluded = true)
    @Column(name = "steps_total", nullable = false)
    public int stepsTotal;

    @OptimisticLock(excluded = true)
    @Column(name = "steps_done", nullable = false)
    public int stepsDone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    /** What the status was before the last change, so that change can be undone. */
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status")
    public GoalStatus previousStatus;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    @Column(name = "achieved_at")
    public Instant achievedAt;

    @Column(name = "pivoted_from_id")
    public Long pivotedFromId;

    @Column(name = "idea_id")
    public Long ideaId;

    @Column(name = "shared_with_mentors", nullable = false)
    public boolean sharedWithMentors;

    /** Set when the owner said "in progress" before any progress showed (a board move). */
    @OptimisticLock(excluded = true)
    @Column(name = "started_at")
    public Instant startedAt;

    @OptimisticLock(excluded = true)
    @Column(name = "last_progress_at", nullable = false)
    public Instant lastProgressAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public int version;

    public static Goal start(Person owner, Instant now) {
        Goal goal = new Goal();
        goal.owner = owner;
        goal.status = GoalStatus.ACTIVE;
        goal.category = Category.OTHER;
        goal.statusChangedAt = now;
        goal.lastProgressAt = now;
        goal.createdAt = now;
        return goal;
    }

    /** A new goal named by a few words (an action from a mentoring session), saved and recorded. */
    public static Goal named(Person owner, String title, Instant now) {
        Goal goal = start(owner, now);
        goal.title = FormInput.shortened(title, TITLE_MAX);
        goal.persist();
        GoalHistory.created(goal, now);
        return goal;
    }

    /** The goal with its north star, if the viewer may see it. */
    public static Optional<Goal> findVisible(Long id, Long viewerId) {
        Audience.Condition visible = Audience.visibleTo("g", TeamShare.Item.GOAL, viewerId);
        return find(
                        "from Goal g join fetch g.owner left join fetch g.northStar where g.id = :id and "
                                + visible.jpql(),
                        visible.and(io.quarkus.panache.common.Parameters.with("id", id)))
                .firstResultOptional();
    }

    /** Whether the viewer may see the goal a pivot from this one started (one indexed statement). */
    public static boolean pivotVisibleTo(Long goalId, Long viewerId) {
        Audience.Condition visible = Audience.visibleTo("g", TeamShare.Item.GOAL, viewerId);
        return count(
                        "from Goal g where g.pivotedFromId = :from and " + visible.jpql(),
                        visible.and(io.quarkus.panache.common.Parameters.with("from", goalId)))
                > 0;
    }

    /** Every goal of the person, with its north star, newest first. */
    public static List<Goal> ownedBy(Long ownerId) {
        return list(
                "from Goal g left join fetch g.northStar where g.owner.id = ?1 order by g.createdAt desc, g.id desc",
                ownerId);
    }

    /** The person's active goals, oldest first, with their north stars. */
    public static List<Goal> activeOf(Long ownerId) {
        return list(
                "from Goal g left join fetch g.northStar where g.owner.id = ?1 and g.status = ?2 order by g.createdAt, g.id",
                ownerId,
                GoalStatus.ACTIVE);
    }

    /** The goals under a north star that count toward its roll-up. */
    public static List<Goal> countingToward(Long northStarId) {
        return list("northStar.id = ?1 and status != ?2", northStarId, GoalStatus.DROPPED);
    }

    /** The goal if the person owns it: only owners change goals. */
    public static Optional<Goal> findOwned(Long id, Long ownerId) {
        return find("from Goal g left join fetch g.northStar where g.id = ?1 and g.owner.id = ?2", id, ownerId)
                .firstResultOptional();
    }

    public boolean hasMeasure() {
        return measureTarget != null && measureTarget > 0;
    }

    public boolean isOpen() {
        return status == GoalStatus.ACTIVE || status == GoalStatus.PAUSED;
    }

    /** Progress in percent: steps and measure count equally; an achieved goal is complete. */
    public int percent() {
        if (status == GoalStatus.ACHIEVED) {
            return 100;
        }
        List<Double> parts = new ArrayList<>(2);
        if (stepsTotal > 0) {
            parts.add((double) stepsDone / stepsTotal);
        }
        if (hasMeasure()) {
            parts.add(Math.min(1.0, Math.max(0, measureCurrent == null ? 0 : measureCurrent) / (double) measureTarget));
        }
        if (parts.isEmpty()) {
            return 0;
        }
        double mean = parts.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return (int) Math.floor(mean * 100);
    }

    /** Progress in words: "3 of 5 steps · 4 of 12 talks"; "Achieved · 1 of 4 steps". */
    public String progressText() {
        List<String> parts = new ArrayList<>(2);
        if (stepsTotal > 0) {
            parts.add(stepsDone + " of " + stepsTotal + (stepsTotal == 1 ? " step" : " steps"));
        }
        if (hasMeasure()) {
            parts.add((measureCurrent == null ? 0 : measureCurrent) + " of " + measureTarget + " " + measureUnit);
        }
        // An achieved goal says so first: its bar is full whatever steps were left.
        if (status == GoalStatus.ACHIEVED) {
            parts.add(0, "Achieved");
        }
        return parts.isEmpty() ? "No steps yet" : String.join(" · ", parts);
    }

    void stepsChanged(int total, int done, Instant now) {
        boolean moved = done > stepsDone;
        stepsTotal = total;
        stepsDone = done;
        if (moved) {
            lastProgressAt = now;
        }
    }

    void measureTo(int value, Instant now) {
        int bounded = Math.max(0, value);
        if (measureCurrent == null || bounded > measureCurrent) {
            lastProgressAt = now;
        }
        measureCurrent = bounded;
    }

    /** Moves the goal to a new status and says what happened, for the history. */
    public GoalEvent moveTo(GoalStatus next, String reason, Instant now) {
        return changeStatus(next, status, reason, reason, now);
    }

    /**
     * Revises the goal and records what changed, from and to (history is never rewritten);
     * nothing is recorded when nothing changed. Answers the revision.
     */
    GoalEvent revise(Consumer<Goal> change, String reason, Instant now) {
        GoalEvent revision = GoalEvent.of(this, GoalEvent.Kind.REVISED, reason, now);
        revision.fromTitle = title;
        revision.fromTarget = measureTarget;
        revision.fromDate = targetDate;
        revision.fromNorthStar = northStar == null ? null : northStar.title;
        change.accept(this);
        revision.toTitle = title;
        revision.toTarget = measureTarget;
        revision.toDate = targetDate;
        revision.toNorthStar = northStar == null ? null : northStar.title;
        if (revision.changedAnything()) {
            revision.persist();
            GoalProgress.record(this, now);
        }
        return revision;
    }

    /** A new step of this goal at {@code position}, saved; the caller keeps the counters. */
    /** A new step at the end of the checklist, counted at once. */
    public Step appendStep(String title, LocalDate dueDate, Instant now) {
        int position =
                Step.ofGoal(id).stream().mapToInt(s -> s.position + 1).max().orElse(0);
        Step step = addStep(position, title, dueDate);
        GoalHistory.stepsChanged(this, now);
        return step;
    }

    public Step addStep(int position, String title, LocalDate dueDate) {
        Step step = new Step();
        step.goal = this;
        step.position = position;
        step.title = title;
        step.dueDate = dueDate;
        step.persist();
        return step;
    }

    /** Whether any step is done or the count moved, whatever the status. */
    public boolean hasProgress() {
        return hasProgress(stepsDone, measureTarget, measureCurrent);
    }

    /** Whether anything moved yet, or the owner said it has started. */
    public boolean isStarted() {
        return isStarted(startedAt, stepsDone, measureTarget, measureCurrent);
    }

    /** {@link #isStarted()} from a goal's columns alone: the board places goals it does not load. */
    public static boolean isStarted(Instant startedAt, int stepsDone, Integer measureTarget, Integer measureCurrent) {
        return startedAt != null || hasProgress(stepsDone, measureTarget, measureCurrent);
    }

    private static boolean hasProgress(int stepsDone, Integer measureTarget, Integer measureCurrent) {
        boolean hasMeasure = measureTarget != null && measureTarget > 0;
        return stepsDone > 0 || (hasMeasure && measureCurrent != null && measureCurrent > 0);
    }

    public boolean isActive() {
        return status == GoalStatus.ACTIVE;
    }

    public boolean isAchieved() {
        return status == GoalStatus.ACHIEVED;
    }

    public boolean isPaused() {
        return status == GoalStatus.PAUSED;
    }

    public boolean isDropped() {
        return status == GoalStatus.DROPPED;
    }

    public boolean canUndo() {
        return previousStatus != null;
    }

    GoalEvent undo(Instant now) {
        return changeStatus(previousStatus, null, null, "Undone", now);
    }

    /** The one way a status changes: {@code previous} is what "undo" goes back to (null: none). */
    private GoalEvent changeStatus(
            GoalStatus next, GoalStatus previous, String reason, String historyReason, Instant now) {
        GoalEvent event = GoalEvent.statusChange(this, status, next, historyReason, now);
        previousStatus = previous;
        status = next;
        statusReason = reason;
        statusChangedAt = now;
        achievedAt = next == GoalStatus.ACHIEVED ? now : null;
        return event;
    }
}
