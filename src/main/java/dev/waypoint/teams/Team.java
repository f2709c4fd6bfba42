package dev.waypoint.teams;

import dev.waypoint.web.Row;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.time.Instant;

/** A team with a shared goal board. */
@Entity
public class Team extends Row {

    @TemplateGlobal(name = "teamNameMax")
    public static final int NAME_MAX = 120;

    @TemplateGlobal(name = "teamPurposeMax")
    public static final int PURPOSE_MAX = 500;

    @Column(nullable = false)
    public String name;

    public String purpose;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Version
    public int version;

    public boolean isArchived() {
        return archivedAt != null;
    }
}
