package stack;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** The one entity, so Hibernate, Flyway and the schema check have something to do. */
@Entity
public class Thing extends PanacheEntity {
    public String name;
}
