package dev.waypoint.web;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A table row numbered by the database through an identity column {@code id} (the migrations create
 * it): the entity extends this rather than {@code PanacheEntity}, whose ids come from a sequence.
 * Tables keyed otherwise keep their own key: the calendar feed its person's, the idea catalogue the
 * ids its migration gives its rows.
 */
@MappedSuperclass
public abstract class Row extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
}
