package dev.waypoint.search;

import dev.waypoint.people.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a search found, grouped by kind in a fixed order. Each group shows a few results when all
 * kinds are asked for, and many when one kind is.
 *
 * @param count every result found (up to {@link Matching#ROWS_MAX} of each statement)
 * @param more some statement found more than it read: there may be results beyond these
 */
public record Results(List<Group> groups, int count, boolean more) {

    /** Results shown in each group when all kinds are listed. */
    static final int SHOWN_OF_EACH = 5;

    /** One kind's results, the first ones shown. */
    public record Group(String kind, String label, List<Found> found, int limit) {

        public List<Found> shown() {
            return found.subList(0, Math.min(limit, found.size()));
        }

        public boolean hasMore() {
            return found.size() > limit;
        }
    }

    /**
     * The reader's results: each kind and audience the filter covers is one statement, with the
     * audience rule inside it; results are never filtered afterwards.
     */
    public static Results of(Person reader, Terms terms, Filter filter, LocalDate today) {
        Matching matching = new Matching(terms, filter.time().since(today), reader);
        // A mentee's goal that is also on the reader's team board is one result, found first as a mentee's.
        Map<String, Hit> byPage = new LinkedHashMap<>();
        Stream.of(
                        PersonItems.find(matching, filter),
                        MenteeItems.find(matching, filter),
                        TeamItems.find(matching, filter),
                        Comments.find(matching, filter))
                .flatMap(List::stream)
                .forEach(hit -> byPage.putIfAbsent(hit.kind() + " " + hit.href(), hit));
        List<Hit> hits = List.copyOf(byPage.values());
        Comparator<Found> order = Comparator.comparing(Found::day, Comparator.reverseOrder());
        if (filter.order() == Filter.Order.BEST) {
            order = Comparator.comparing(Found::score, Comparator.reverseOrder())
                    .thenComparing(order);
        }
        Map<Filter.Kind, List<Found>> byKind = hits.stream()
                .collect(Collectors.groupingBy(
                        Hit::kind, Collectors.mapping(hit -> Found.of(hit, terms), Collectors.toList())));
        int shown = filter.kind() == null ? SHOWN_OF_EACH : Matching.ROWS_MAX;
        List<Group> groups = new ArrayList<>();
        for (Filter.Kind kind : Filter.Kind.values()) {
            List<Found> found = byKind.getOrDefault(kind, List.of());
            if (!found.isEmpty()) {
                List<Found> sorted = found.stream().sorted(order).toList();
                groups.add(new Group(kind.word(), kind.label(), sorted, shown));
            }
        }
        return new Results(groups, hits.size(), matching.more());
    }

    /** Rows each statement reads at most, said when some read that many. */
    public int readAtMost() {
        return Matching.ROWS_MAX;
    }

    /** Every result, group by group, for the read API. */
    public List<Found> all() {
        return groups.stream().flatMap(group -> group.found().stream()).toList();
    }
}
