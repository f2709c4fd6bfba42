package dev.waypoint.checkins;

import dev.waypoint.goals.Goal;
import dev.waypoint.web.Row;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;

/** What a check-in says about one goal that week. */
@Entity
@Table(name = "check_in_note")
public class CheckInNote extends Row {

    @TemplateGlobal(name = "goalNoteMax")
    public static final int NOTE_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "check_in_id", updatable = false)
    public CheckIn checkIn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id", updatable = false)
    public Goal goal;

    @Column(nullable = false)
    public String note;

    /** The notes of a check-in, with their goals. */
    public static List<CheckInNote> of(Long checkInId) {
        return list("from CheckInNote n join fetch n.goal where n.checkIn.id = ?1 order by n.id", checkInId);
    }
}
