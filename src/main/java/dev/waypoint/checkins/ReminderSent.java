package dev.waypoint.checkins;

import dev.waypoint.people.Person;
import dev.waypoint.web.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A reminder e-mail that went out; its unique (person, week) key keeps it to one a week. */
@Entity
@Table(name = "reminder_sent")
public class ReminderSent extends Row {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", updatable = false)
    public Person owner;

    @Column(name = "week_start", nullable = false, updatable = false)
    public LocalDate weekStart;

    @Column(name = "sent_at", nullable = false, updatable = false)
    public Instant sentAt;
}
