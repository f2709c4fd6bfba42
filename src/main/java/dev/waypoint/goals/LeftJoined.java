package dev.waypoint.goals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of {@code select parent, child from … left join …}: each parent once, in the order of
 * the rows, and the children that were found. One statement instead of one per parent.
 */
record LeftJoined<P, C>(List<P> parents, List<C> children) {

    static <P, C> LeftJoined<P, C> of(List<Object[]> rows, Class<P> parent, Class<C> child) {
        Set<P> parents = new LinkedHashSet<>();
        List<C> children = new ArrayList<>();
        for (Object[] row : rows) {
            parents.add(parent.cast(row[0]));
            if (row[1] != null) {
                children.add(child.cast(row[1]));
            }
        }
        return new LeftJoined<>(List.copyOf(parents), children);
    }
}
