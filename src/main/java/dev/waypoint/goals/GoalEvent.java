package dev.waypoint.goals;

import dev.waypoint.web.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One entry in a goal's history: it was created, revised, or changed status. Never edited. */
@Entity
@Table(name = "goal_event")
public class GoalEvent extends Row {

    public enum Kind {
        CREATED,
        REVISED,
        STATUS,
        PIVOTED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id", updatable = false)
    public Goal goal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    public String reason;

    @Column(name = "from_title")
    public String fromTitle;

    @Column(name = "to_title")
    public String toTitle;

    @Column(name = "from_target")
    public Integer fromTarget;

    @Column(name = "to_target")
    public Integer toTarget;

    @Column(name = "from_date")
    public LocalDate fromDate;

    @Column(name = "to_date")
    public LocalDate toDate;

    @Column(name = "from_north_star")
    public String fromNorthStar;

    @Column(name = "to_north_star")
    public String toNorthStar;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public GoalStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public GoalStatus toStatus;

    static GoalEvent of(Goal goal, Kind kind, String reason, Instant now) {
        GoalEvent event = new GoalEvent();
        event.goal = goal;
        event.kind = kind;
        event.reason = reason;
        event.occurredAt = now;
        return event;
    }

    static GoalEvent statusChange(Goal goal, GoalStatus from, GoalStatus to, String reason, Instant now) {
        GoalEvent event = of(goal, Kind.STATUS, reason, now);
        event.fromStatus = from;
        event.toStatus = to;
        return event;
    }

    public static List<GoalEvent> historyOf(Long goalId) {
        return list("goal.id = ?1 order by occurredAt desc, id desc", goalId);
    }

    /** What changed, in a sentence a person reads on the goal page. */
    public String summary() {
        return switch (kind) {
            case CREATED -> "Goal set";
            case PIVOTED -> "Pivoted to a new goal: " + toTitle;
            case STATUS -> statusSummary();
            case REVISED -> revisionSummary();
        };
    }

    /**
     * The summary for someone the goal is shared with: north stars stay the owner's own, and so
     * does the title of a goal it pivoted into unless {@code pivotNamed}.
     */
    public String sharedSummary(boolean pivotNamed) {
        if (kind == Kind.PIVOTED && !pivotNamed) {
            return "Pivoted to a new goal";
        }
        if (kind != Kind.REVISED) {
            return summary();
        }
        GoalEvent withoutStars = new GoalEvent();
        withoutStars.kind = kind;
        withoutStars.fromTitle = fromTitle;
        withoutStars.toTitle = toTitle;
        withoutStars.fromTarget = fromTarget;
        withoutStars.toTarget = toTarget;
        withoutStars.fromDate = fromDate;
        withoutStars.toDate = toDate;
        return withoutStars.revisionSummary();
    }

    private String statusSummary() {
        if ("Undone".equals(reason)) {
            return "Undid the last change: back to " + toStatus.label().toLowerCase();
        }
        return switch (toStatus) {
            case ACHIEVED -> "Achieved";
            case PAUSED -> "Paused";
            case DROPPED -> "Dropped";
            case ACTIVE -> fromStatus == GoalStatus.PAUSED ? "Resumed" : "Reopened";
        };
    }

    private String revisionSummary() {
        StringBuilder text = new StringBuilder("Revised");
        String separator = ": ";
        if (!Objects.equals(fromTitle, toTitle)) {
            text.append(separator)
                    .append("title \"")
                    .append(fromTitle)
                    .append("\" → \"")
                    .append(toTitle)
                    .append('"');
            separator = "; ";
        }
        if (!Objects.equals(fromTarget, toTarget)) {
            text.append(separator)
                    .append("target ")
                    .append(orNone(fromTarget))
                    .append(" → ")
                    .append(orNone(toTarget));
            separator = "; ";
        }
        if (!Objects.equals(fromDate, toDate)) {
            text.append(separator)
                    .append("date ")
                    .append(orNone(fromDate))
                    .append(" → ")
                    .append(orNone(toDate));
            separator = "; ";
        }
        if (!Objects.equals(fromNorthStar, toNorthStar)) {
            text.append(separator)
                    .append("north star ")
                    .append(orNone(fromNorthStar))
                    .append(" → ")
                    .append(orNone(toNorthStar));
        }
        return text.toString();
    }

    private static String orNone(Object value) {
        return value == null ? "none" : value.toString();
    }

    boolean changedAnything() {
        return !Objects.equals(fromTitle, toTitle)
                || !Objects.equals(fromTarget, toTarget)
                || !Objects.equals(fromDate, toDate)
                || !Objects.equals(fromNorthStar, toNorthStar);
    }
}
