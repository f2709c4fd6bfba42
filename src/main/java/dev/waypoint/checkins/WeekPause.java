package dev.waypoint.checkins;

import dev.waypoint.people.Person;
import dev.waypoint.web.Row;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/** A week off: holiday, illness, a launch. It neither counts for nor against consistency. */
@Entity
@Table(name = "week_pause")
public class WeekPause extends Row {

    @TemplateGlobal(name = "pauseReasonMax")
    public static final int REASON_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", updatable = false)
    public Person owner;

    @Column(name = "week_start", nullable = false, updatable = false)
    public LocalDate weekStart;

    public String reason;

    public static List<WeekPause> since(Long ownerId, Week since) {
        return list("owner.id = ?1 and weekStart >= ?2 order by weekStart", ownerId, since.start());
    }
}
