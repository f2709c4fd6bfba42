package dev.waypoint.account;

import dev.waypoint.people.Person;
import dev.waypoint.web.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A mentoring session brought in an export from another Waypoint, kept read-only as its owner's
 * record: the mentorship does not travel, so the session is kept as the file gave it (its JSON in
 * the export format) and written out again by the next export.
 */
@Entity
@Table(name = "kept_session")
public class KeptSession extends Row {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", updatable = false)
    public Person owner;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    /** The session as {@link ExportFile.SessionData} in JSON. */
    @Column(nullable = false)
    public String session;

    @Column(name = "imported_at", nullable = false, updatable = false)
    public Instant importedAt;

    /** The person's kept sessions, newest first. */
    static List<KeptSession> of(Long ownerId) {
        return list("owner.id = ?1 order by startsAt desc, id desc", ownerId);
    }
}
