package dev.waypoint.meetings;

import dev.waypoint.circles.Mentorship;
import dev.waypoint.milestones.Milestone;
import dev.waypoint.people.Person;
import dev.waypoint.web.Row;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** How a mentorship ended: why, what went well, and what the two achieved. The mentee keeps it. */
@Entity
@Table(name = "mentorship_closing")
public class Closing extends Row {

    @TemplateGlobal(name = "wentWellMax")
    public static final int WENT_WELL_MAX = 2000;

    @TemplateGlobal(name = "achievedMax")
    public static final int ACHIEVED_MAX = 8000;

    /** Why it ended, in words either of them would use. */
    public enum Reason {
        GOALS_REACHED("We reached what we set out to do"),
        MOVING_ON("One of us is moving on"),
        NOT_A_FIT("It wasn't a good fit"),
        NO_TIME("No time for it now");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @TemplateGlobal(name = "closingReasons")
    public static final List<Reason> REASONS = List.of(Reason.values());

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentorship_id", updatable = false)
    public Mentorship mentorship;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "closed_by", updatable = false)
    public Person closedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;

    @Column(name = "went_well")
    public String wentWell;

    public String achieved;

    /** The milestone the mentee kept it as, if they did. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "milestone_id")
    public Milestone milestone;

    @Column(name = "closed_at", nullable = false, updatable = false)
    public Instant closedAt;

    static Optional<Closing> of(Long mentorshipId) {
        return find("from Closing c join fetch c.closedBy where c.mentorship.id = ?1", mentorshipId)
                .firstResultOptional();
    }
}
