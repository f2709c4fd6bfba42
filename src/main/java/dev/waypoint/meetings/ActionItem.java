package dev.waypoint.meetings;

import dev.waypoint.goals.Step;
import dev.waypoint.people.Person;
import dev.waypoint.web.Row;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Something one of the two said they would do after a session. A mentee's action can become a
 * step of theirs: from then on the step's tick is the action's, seen by both.
 */
@Entity
@Table(name = "action_item")
public class ActionItem extends Row {

    @TemplateGlobal(name = "actionItemMax")
    public static final int BODY_MAX = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    /** Who does it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", updatable = false)
    public Person owner;

    /** Who wrote it down. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    public Person author;

    @Column(nullable = false)
    public String body;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "done_at")
    public Instant doneAt;

    /** The step it became, if it did (the database lets go when the step is deleted). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "step_id")
    public Step step;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public boolean isDone() {
        return step != null ? step.isDone() : doneAt != null;
    }

    /** Ticks or unticks it, and its step with it. */
    void setDone(boolean done, Instant now) {
        doneAt = done ? now : null;
        if (step != null) {
            step.markDone(done, now);
        }
    }

    /** A session's actions, with who does them and their steps, in the order they were written. */
    static List<ActionItem> ofMeeting(Long meetingId) {
        return list(
                "from ActionItem a join fetch a.owner left join fetch a.step where a.meeting.id = ?1 order by a.id",
                meetingId);
    }
}
