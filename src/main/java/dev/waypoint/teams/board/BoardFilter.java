package dev.waypoint.teams.board;

import dev.waypoint.goals.Category;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What a board is filtered by: one member's goals, one category. The page reads it from its
 * query ({@code member}, {@code category}); every form on the board carries it back
 * ({@code filterMember}, {@code filterCategory}: tags/boardFilters) so the board comes back as it
 * was. Only what parses counts.
 */
public class BoardFilter {

    @RestForm
    public String filterMember;

    @RestForm
    public String filterCategory;

    /** The one column shown whole; the others show their first cards. */
    @RestForm
    public String filterOpen;

    static BoardFilter of(String member, String category, String open) {
        BoardFilter filter = new BoardFilter();
        filter.filterMember = member;
        filter.filterCategory = category;
        filter.filterOpen = open;
        return filter;
    }

    static BoardFilter none() {
        return new BoardFilter();
    }

    Long memberId() {
        try {
            return filterMember == null || filterMember.isBlank() ? null : Long.valueOf(filterMember.strip());
        } catch (NumberFormatException garbled) {
            return null;
        }
    }

    Category category() {
        return Category.parse(filterCategory).orElse(null);
    }

    BoardColumn open() {
        return BoardColumn.ofSlug(filterOpen).orElse(null);
    }

    /** As a query string ("member=3&category=technical&open=achieved"), or empty. */
    String query() {
        return query(open());
    }

    /** The same filters with {@code column} shown whole (or none, for null). */
    String query(BoardColumn column) {
        List<String> parts = new ArrayList<>(3);
        if (memberId() != null) {
            parts.add("member=" + memberId());
        }
        if (category() != null) {
            parts.add("category=" + category().slug());
        }
        if (column != null) {
            parts.add("open=" + column.slug());
        }
        return String.join("&", parts);
    }
}
