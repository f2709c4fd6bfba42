package dev.waypoint.milestones;

import dev.waypoint.people.Person;
import dev.waypoint.web.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A suggestion the person dismissed for good. */
@Entity
@Table(name = "milestone_dismissal")
public class MilestoneDismissal extends Row {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", updatable = false)
    public Person owner;

    @Column(name = "suggestion_key", nullable = false, updatable = false)
    public String suggestionKey;
}
