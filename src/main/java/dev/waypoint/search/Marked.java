package dev.waypoint.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Text cut into parts, the ones that match a search term marked. Matching runs on the folded text,
 * which is as long as the original, so the marks fall on the words as typed.
 */
public final class Marked {

    /** Characters of context a snippet keeps before its first match. */
    static final int BEFORE = 60;

    /** The longest snippet, in characters. */
    static final int SNIPPET_MAX = 200;

    /** One part of the text: matching words, or what lies between them. */
    public record Part(String text, boolean marked) {}

    private Marked() {}

    /** The whole text, every match of every term marked. */
    static List<Part> all(String text, List<String> terms) {
        return parts(text, Folding.fold(text), terms, 0, text.length());
    }

    /**
     * Around the first match in the text: up to {@link #SNIPPET_MAX} characters starting a little
     * before it, cut at spaces, with an ellipsis where text was left out; empty when nothing matches.
     */
    static List<Part> snippet(String text, List<String> terms) {
        String folded = Folding.fold(text);
        int first = firstMatch(folded, terms);
        if (first < 0) {
            return List.of();
        }
        // Start at the first word that begins within BEFORE characters of the match, and end at a
        // space; never between the two halves of a character outside the BMP.
        int start = 0;
        if (first > BEFORE) {
            int word = text.indexOf(' ', first - BEFORE) + 1;
            start = word > 0 && word <= first ? word : first - BEFORE;
        }
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        int end = Math.min(text.length(), start + SNIPPET_MAX);
        int space = end < text.length() ? text.lastIndexOf(' ', end) : -1;
        if (space > first) {
            end = space;
        } else if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        List<Part> parts = new ArrayList<>();
        if (start > 0) {
            parts.add(new Part("…", false));
        }
        parts.addAll(parts(text, folded, terms, start, end));
        if (end < text.length()) {
            parts.add(new Part("…", false));
        }
        return parts;
    }

    static int firstMatch(String folded, List<String> terms) {
        int first = -1;
        for (String term : terms) {
            int at = folded.indexOf(term);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static List<Part> parts(String text, String folded, List<String> terms, int start, int end) {
        boolean[] marked = new boolean[end - start];
        for (String term : terms) {
            for (int at = folded.indexOf(term, start); at >= 0 && at < end; at = folded.indexOf(term, at + 1)) {
                for (int i = at; i < Math.min(end, at + term.length()); i++) {
                    marked[i - start] = true;
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        int from = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || marked[i - start] != marked[from - start]) {
                parts.add(new Part(text.substring(from, i), marked[from - start]));
                from = i;
            }
        }
        return parts;
    }
}
