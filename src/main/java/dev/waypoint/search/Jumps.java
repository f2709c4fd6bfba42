package dev.waypoint.search;

import static dev.waypoint.search.Matching.text;

import dev.waypoint.circles.Audience;
import dev.waypoint.people.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The quick-jump palette's options for what was typed: the main pages, and the reader's goals,
 * north stars, mentees and teams whose names hold every word. Nothing typed lists the main pages.
 *
 * @param refusal why nothing is listed, when what was typed cannot be searched
 */
public record Jumps(List<Jump> options, String refusal) {

    /** Options of each kind at most. */
    static final int OF_EACH = 5;

    /** One place to go. */
    public record Jump(String kind, String name, String href) {}

    private static final List<Jump> PAGES = List.of(
            new Jump("Page", "Dashboard", "/"),
            new Jump("Page", "Goals", "/goals"),
            new Jump("Page", "This week's check-in", "/check-ins/this-week"),
            new Jump("Page", "Check-ins", "/check-ins"),
            new Jump("Page", "Milestones", "/milestones"),
            new Jump("Page", "Insights", "/insights"),
            new Jump("Page", "Goal ideas", "/ideas"),
            new Jump("Page", "Teams", "/teams"),
            new Jump("Page", "Mentees", "/mentoring"),
            new Jump("Page", "People", "/people"),
            new Jump("Page", "Inbox", "/inbox"),
            new Jump("Page", "Profile", "/profile"),
            new Jump("Page", "Your data", "/export"),
            new Jump("Page", "Search", "/search"));

    static Jumps of(Person reader, String typed) {
        if (typed == null || typed.isBlank()) {
            return new Jumps(PAGES, null);
        }
        Terms terms;
        try {
            terms = Terms.parse(typed);
        } catch (Terms.Refused refused) {
            return new Jumps(List.of(), refused.getMessage());
        }
        List<Jump> options = new ArrayList<>();
        PAGES.stream()
                .filter(page -> terms.folded().stream()
                        .allMatch(word -> Folding.fold(page.name()).contains(word)))
                .forEach(options::add);
        Matching matching = new Matching(terms, null, reader);
        Audience.Condition teams = Audience.teamsOf("t", reader.id);
        options.addAll(named(
                matching,
                "Team board",
                "/teams/",
                "select t.id, t.name from Team t" + teams.jpql() + " where",
                "t.name",
                teams));
        Audience.Condition me = new Audience.Condition("", Map.of("searcher", reader.id));
        options.addAll(named(
                matching,
                "Mentee",
                "/mentoring/mentees/",
                "select p.id, p.displayName from Mentorship ms"
                        + " join Person p on p.id = ms.mentee.id where ms.mentor.id = :searcher and ms.endedAt is null"
                        + " and p.active = true and",
                "p.displayName",
                me));
        options.addAll(named(
                matching,
                "Goal",
                "/goals/",
                "select g.id, g.title from Goal g where g.owner.id =" + " :searcher and",
                "g.title",
                me));
        options.addAll(named(
                matching,
                "North star",
                "/goals#star-",
                "select n.id, n.title from NorthStar n where" + " n.owner.id = :searcher and",
                "n.title",
                me));
        return new Jumps(options, null);
    }

    /**
     * The rows of {@code select} (an id and a name; it ends where a condition can follow) whose name
     * holds every word, by name.
     */
    private static List<Jump> named(
            Matching matching, String kind, String path, String select, String name, Audience.Condition scope) {
        Audience.Condition words = matching.byDay(text(name), null);
        return matching.rows(select + " " + words.jpql() + " order by " + name, scope, words).stream()
                .limit(OF_EACH)
                .map(row -> new Jump(kind, (String) row[1], path + row[0]))
                .toList();
    }
}
