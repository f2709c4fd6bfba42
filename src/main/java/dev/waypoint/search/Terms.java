package dev.waypoint.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a search looks for: words, and phrases in double quotes, each folded ({@link Folding}); an
 * item matches when it holds every one. Parsed from what the person typed, or refused with the
 * sentence they read.
 */
record Terms(String typed, List<String> folded) {

    /** The longest search, in characters. */
    static final int TYPED_MAX = 200;

    /** The most words and phrases in one search. */
    static final int COUNT_MAX = 8;

    /** Why a search cannot run, in the words the person reads. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    static Terms parse(String typed) throws Refused {
        // Composed accents, as most text is stored; control characters (a NUL, which PostgreSQL
        // refuses in a string) are spaces.
        String text = typed == null
                ? ""
                : Normalizer.normalize(typed, Normalizer.Form.NFC)
                        .replaceAll("\\p{Cntrl}", " ")
                        .strip();
        if (text.length() > TYPED_MAX) {
            throw new Refused(
                    "A search can be at most " + TYPED_MAX + " characters long; this one has " + text.length() + ".");
        }
        List<String> terms = new ArrayList<>();
        boolean quoted = false;
        for (String part : text.split("\"", -1)) {
            if (quoted) {
                phrase(part).ifPresent(terms::add);
            } else {
                for (String word : part.strip().split("\\s+")) {
                    if (!word.isEmpty()) {
                        terms.add(Folding.fold(word));
                    }
                }
            }
            quoted = !quoted;
        }
        if (terms.isEmpty()) {
            throw new Refused("Type a word or two to search for.");
        }
        if (terms.size() > COUNT_MAX) {
            throw new Refused("Search for at most " + COUNT_MAX + " words or phrases at a time; this search has "
                    + terms.size() + ".");
        }
        return new Terms(text, List.copyOf(terms));
    }

    /** A quoted phrase with its spaces evened out, so "conference  talk" finds "conference talk". */
    private static Optional<String> phrase(String quoted) {
        String phrase = quoted.strip().replaceAll("\\s+", " ");
        return phrase.isEmpty() ? Optional.empty() : Optional.of(Folding.fold(phrase));
    }

    /**
     * The LIKE pattern of each term: its {@code %}, {@code _} and the escape character itself
     * stand for themselves.
     */
    List<String> likePatterns() {
        return folded.stream()
                .map(term -> "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
                .toList();
    }
}
