package dev.waypoint.goals;

import dev.waypoint.people.Person;
import dev.waypoint.web.Row;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A long-term aspiration. It stays while the short-term goals under it change. */
@Entity
@Table(name = "north_star")
public class NorthStar extends Row {

    @TemplateGlobal(name = "northStarTitleMax")
    public static final int TITLE_MAX = 160;

    @TemplateGlobal(name = "northStarWhyMax")
    public static final int WHY_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", updatable = false)
    public Person owner;

    @Column(nullable = false)
    public String title;

    public String why;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public int version;

    public static List<NorthStar> ownedBy(Long ownerId) {
        return list("owner.id = ?1 order by createdAt", ownerId);
    }

    public static Optional<NorthStar> findOwned(Long id, Long ownerId) {
        return find("id = ?1 and owner.id = ?2", id, ownerId).firstResultOptional();
    }
}
