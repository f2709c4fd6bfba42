package dev.waypoint.teams;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A team with a shared goal board. */
@Entity
public class Team extends PanacheEntityBase {

    @TemplateGlobal(name = "teamNameMax")
    public static final int NAME_MAX = 120;

    @TemplateGlobal(name = "teamPurposeMax")
    public static final int PURPOSE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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
