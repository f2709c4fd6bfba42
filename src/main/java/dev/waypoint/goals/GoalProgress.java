package dev.waypoint.goals;

import dev.waypoint.web.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A snapshot of a goal's progress after a change, keeping the target that held at the time. */
@Entity
@Table(name = "goal_progress")
public class GoalProgress extends Row {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id", updatable = false)
    public Goal goal;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "steps_done", nullable = false, updatable = false)
    public int stepsDone;

    @Column(name = "steps_total", nullable = false, updatable = false)
    public int stepsTotal;

    @Column(name = "measure_current", updatable = false)
    public Integer measureCurrent;

    @Column(name = "measure_target", updatable = false)
    public Integer measureTarget;

    @Column(nullable = false, updatable = false)
    public int percent;

    /**
     * Snapshots for a trend from {@code from} on, plus each goal's last snapshot before it, so
     * the trend starts where the goal stood. Goals with their north stars, oldest first.
     */
    public static java.util.List<GoalProgress> forTrend(Long ownerId, Instant from) {
        return list(
                "from GoalProgress p join fetch p.goal g left join fetch g.northStar where g.owner.id = ?1 and"
                        + " (p.recordedAt >= ?2 or p.recordedAt = (select max(q.recordedAt) from GoalProgress q"
                        + " where q.goal = p.goal and q.recordedAt < ?2)) order by p.recordedAt, p.id",
                ownerId,
                from);
    }

    static void record(Goal goal, Instant now) {
        GoalProgress snapshot = new GoalProgress();
        snapshot.goal = goal;
        snapshot.recordedAt = now;
        snapshot.stepsDone = goal.stepsDone;
        snapshot.stepsTotal = goal.stepsTotal;
        snapshot.measureCurrent = goal.measureCurrent;
        snapshot.measureTarget = goal.measureTarget;
        snapshot.percent = goal.percent();
        snapshot.persist();
    }
}
