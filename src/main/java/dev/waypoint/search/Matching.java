package dev.waypoint.search;

import dev.waypoint.circles.Audience;
import dev.waypoint.people.Person;
import dev.waypoint.search.Filter.Whose;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The statements of one search: each item must hold every term (folded in the database as in
 * {@link Folding}) and be no older than the filter allows; at most {@link #ROWS_MAX} rows each,
 * newest first.
 */
final class Matching {

    /** Rows one statement reads at most. */
    static final int ROWS_MAX = 50;

    private final Terms terms;
    private boolean more;
    private final LocalDate since;
    private final ZoneId zone;
    final Long readerId;

    Matching(Terms terms, LocalDate since, Person reader) {
        this.terms = terms;
        this.since = since;
        this.zone = reader.zone();
        this.readerId = reader.id;
    }

    /**
     * Whose items a statement reads: the reader's own, through a condition on the owner, or what an
     * audience shares with them, through the joins of {@link Audience} that start from the reader.
     */
    record Scope(Whose from, String joins, String where, Audience.Condition condition) {}

    /** The reader's own items of {@code alias}. */
    Scope mine(String alias) {
        return new Scope(
                Whose.MINE,
                "",
                alias + ".owner.id = :searcher and ",
                new Audience.Condition("", Map.of("searcher", readerId)));
    }

    /** What the reader's active mentees shared with mentors, of {@code alias}. */
    Scope mentees(String alias) {
        Audience.Condition shared = Audience.seenByMentor(alias, readerId);
        return new Scope(Whose.MENTEES, shared.jpql(), "", shared);
    }

    /** Every term in {@code text}, dated on or after the filter's first day by the date {@code day}. */
    Audience.Condition byDay(String text, String day) {
        return byDay(term -> like(text, term), day);
    }

    /**
     * Every term holds {@code condition}, given the term's parameter (for a term that may match in
     * one of several places), dated on or after the filter's first day by {@code day}.
     */
    Audience.Condition byDay(UnaryOperator<String> condition, String day) {
        return matching(condition, day, since);
    }

    /** Every term in {@code text}, for an item dated by an instant: the filter's first day starts in the reader's zone. */
    Audience.Condition byInstant(String text, String instant) {
        return matching(
                term -> like(text, term),
                instant,
                since == null ? null : since.atStartOfDay(zone).toInstant());
    }

    /** {@code text}, folded, holds the term bound as {@code parameter}. */
    static String like(String text, String parameter) {
        return Folding.inQuery(text) + " like " + parameter + " escape '!'";
    }

    private Audience.Condition matching(UnaryOperator<String> condition, String date, Object first) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder jpql = new StringBuilder();
        List<String> patterns = terms.likePatterns();
        for (int i = 0; i < patterns.size(); i++) {
            jpql.append(i == 0 ? "" : " and ")
                    .append("(")
                    .append(condition.apply(":term" + i))
                    .append(")");
            parameters.put("term" + i, patterns.get(i));
        }
        if (first != null) {
            jpql.append(" and ").append(date).append(" >= :since");
            parameters.put("since", first);
        }
        parameters.put("foldFrom", Folding.ACCENTED);
        parameters.put("foldTo", Folding.PLAIN);
        return new Audience.Condition(jpql.toString(), parameters);
    }

    /** The rows of a statement whose conditions are all written into {@code hql}, bound here. */
    List<Object[]> rows(String hql, Audience.Condition... conditions) {
        var query = Person.getEntityManager().createQuery(hql, Object[].class).setMaxResults(ROWS_MAX);
        for (Audience.Condition condition : conditions) {
            condition.bind(query);
        }
        List<Object[]> rows = query.getResultList();
        more |= rows.size() == ROWS_MAX;
        return rows;
    }

    /** Some statement read as many rows as it may: there may be more results than these. */
    boolean more() {
        return more;
    }

    /** A concatenation of nullable text columns, for {@link #byDay} and {@link #byInstant}. */
    static String text(String... columns) {
        if (columns.length == 1) {
            return "coalesce(" + columns[0] + ", '')";
        }
        StringBuilder concat = new StringBuilder("concat(");
        for (int i = 0; i < columns.length; i++) {
            concat.append(i == 0 ? "" : ", ' ', ")
                    .append("coalesce(")
                    .append(columns[i])
                    .append(", '')");
        }
        return concat.append(")").toString();
    }

    static LocalDate day(Object value, ZoneId zone) {
        return value instanceof Instant instant ? LocalDate.ofInstant(instant, zone) : (LocalDate) value;
    }

    ZoneId zone() {
        return zone;
    }
}
