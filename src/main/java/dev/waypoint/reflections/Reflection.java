package dev.waypoint.reflections;

import dev.waypoint.goals.Goal;
import dev.waypoint.web.Row;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Looking back on an achieved or dropped goal: did it feel meaningful, what was learned. */
@Entity
public class Reflection extends Row {

    @TemplateGlobal(name = "learnedMax")
    public static final int LEARNED_MAX = 4000;

    public enum Again {
        YES("Yes"),
        MAYBE("Not sure"),
        NO("No");

        private final String label;

        Again(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id", updatable = false)
    public Goal goal;

    /** 1 (not at all) to 5 (very). */
    @Column(nullable = false)
    public int meaningful;

    public String learned;

    @Enumerated(EnumType.STRING)
    @Column(name = "choose_again", nullable = false)
    public Again chooseAgain;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Reflection> ofGoal(Long goalId) {
        return find("goal.id", goalId).firstResultOptional();
    }

    /** The person's reflections with their goals, newest first. */
    public static List<Reflection> ofOwner(Long ownerId) {
        return list("from Reflection r join fetch r.goal g where g.owner.id = ?1 order by r.createdAt desc", ownerId);
    }
}
