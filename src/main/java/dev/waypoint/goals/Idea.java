package dev.waypoint.goals;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.List;
import java.util.Locale;

/** A goal idea from the catalogue, maybe with a ladder of steps from small to large. */
@Entity
public class Idea extends PanacheEntityBase {

    @Id
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Column(nullable = false)
    public String title;

    @Column(name = "why_pick", nullable = false)
    public String whyPick;

    /** Doable in about two weeks: a good start when someone feels stuck. */
    @Column(nullable = false)
    public boolean small;

    @Column(name = "measure_unit")
    public String measureUnit;

    @Column(name = "measure_target")
    public Integer measureTarget;

    @OneToMany(mappedBy = "idea", fetch = FetchType.LAZY)
    @OrderBy("position")
    public List<IdeaStep> ladder;

    /** Ideas matching the words and category, each with its ladder, in one query. */
    public static List<Idea> search(String words, Category category) {
        String pattern =
                words == null || words.isBlank() ? null : "%" + words.strip().toLowerCase(Locale.ROOT) + "%";
        StringBuilder query = new StringBuilder("select distinct i from Idea i left join fetch i.ladder where 1 = 1");
        io.quarkus.panache.common.Parameters parameters = new io.quarkus.panache.common.Parameters();
        if (pattern != null) {
            query.append(" and (lower(i.title) like :words or lower(i.whyPick) like :words)");
            parameters = parameters.and("words", pattern);
        }
        if (category != null) {
            query.append(" and i.category = :category");
            parameters = parameters.and("category", category);
        }
        query.append(" order by i.id");
        return list(query.toString(), parameters);
    }

    /** A few small ideas, varied across categories, for someone who feels stuck. */
    public static List<Idea> smallOnes() {
        return list("select distinct i from Idea i left join fetch i.ladder where i.small = true order by i.id");
    }

    public static java.util.Optional<Idea> findWithLadder(Long id) {
        return find("select i from Idea i left join fetch i.ladder where i.id = ?1", id)
                .firstResultOptional();
    }
}
