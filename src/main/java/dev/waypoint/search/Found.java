package dev.waypoint.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A result as the reader sees it: the item's title and a snippet of its words, matching words
 * marked, with whose it is and where it lives.
 *
 * @param score how well it matches, for "best match": a term in the title counts most, a whole word
 *     more than part of one
 */
public record Found(
        String kind,
        Long id,
        List<Marked.Part> title,
        List<Marked.Part> snippet,
        String whose,
        String place,
        String href,
        LocalDate day,
        int score) {

    static Found of(Hit hit, Terms terms) {
        List<String> words = terms.folded();
        List<Marked.Part> snippet = hit.texts().stream()
                .map(text -> Marked.snippet(text, words))
                .filter(parts -> !parts.isEmpty())
                .findFirst()
                .orElse(List.of());
        return new Found(
                hit.kind().word(),
                hit.id(),
                Marked.all(hit.title(), words),
                snippet,
                hit.whose(),
                hit.place(),
                hit.href(),
                hit.day(),
                score(hit, words));
    }

    /** The title and snippet as plain text, for the read API. */
    public String titleText() {
        return text(title);
    }

    public String snippetText() {
        return text(snippet);
    }

    private static String text(List<Marked.Part> parts) {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    private static int score(Hit hit, List<String> words) {
        String title = Folding.fold(hit.title());
        String body = Folding.fold(String.join("\n", hit.texts()));
        int score = 0;
        for (String word : words) {
            score += title.contains(word) ? 4 : 0;
            score += wholeWord(title, word) || wholeWord(body, word) ? 2 : 0;
            score += Math.min(3, occurrences(body, word));
        }
        return score;
    }

    private static boolean wholeWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int after = at + word.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = after == text.length() || !Character.isLetterOrDigit(text.charAt(after));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            count++;
        }
        return count;
    }
}
