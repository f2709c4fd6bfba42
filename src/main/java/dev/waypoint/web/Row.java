package dev.waypoint.web;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A table row numbered by the database: every table of people's data has an identity column
 * {@code id} (the migrations create it), so its entity extends this rather than
 * {@code PanacheEntity}, whose ids come from a sequence.
 */
@MappedSuperclass
public abstract class Row extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
}
