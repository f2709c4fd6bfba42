package dev.waypoint.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The search page: what was typed and chosen, kept in the form, and the results or why there are
 * none.
 *
 * @param refusal why the search could not run, in the reader's words; null when it ran or nothing
 *     was asked
 * @param results null until a search runs
 */
public record SearchPage(
        String q, String kind, String whose, String time, String order, String refusal, Results results) {

    /** One choice of a filter's select. */
    public record Option(String word, String label) {}

    static SearchPage of(String q, Filter filter, String refusal, Results results) {
        return new SearchPage(
                q == null ? "" : q,
                filter.kind() == null ? "" : filter.kind().word(),
                filter.whose() == null ? "" : filter.whose().word(),
                filter.time().word(),
                filter.order().word(),
                refusal,
                results);
    }

    public List<Option> kinds() {
        return options(Filter.Kind.values());
    }

    public List<Option> whoses() {
        return options(Filter.Whose.values());
    }

    public List<Option> times() {
        return options(Filter.Time.values());
    }

    public List<Option> orders() {
        return options(Filter.Order.values());
    }

    /** The page's address with one kind chosen, the other filters kept, for "all 23 goals". */
    public String withKind(String word) {
        return everywhere() + "&kind=" + word + "&whose=" + whose + "&time=" + time + "&order=" + order;
    }

    /** The same words, with no filter. */
    public String everywhere() {
        return "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private static List<Option> options(Filter.Choice[] choices) {
        return Arrays.stream(choices)
                .map(choice -> new Option(choice.word(), choice.label()))
                .toList();
    }
}
