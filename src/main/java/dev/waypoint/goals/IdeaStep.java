package dev.waypoint.goals;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One rung of an idea's ladder. */
@Entity
@Table(name = "idea_step")
public class IdeaStep {

    @Embeddable
    public record Key(
            @Column(name = "idea_id") Long ideaId,
            @Column(name = "position") Integer position) implements Serializable {}

    @EmbeddedId
    public Key key;

    @MapsId("ideaId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "idea_id")
    public Idea idea;

    @Column(nullable = false)
    public String title;
}
