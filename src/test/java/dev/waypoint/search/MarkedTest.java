package dev.waypoint.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snippets: the words around the first match, cut at spaces, the matches marked where they were typed. */
class MarkedTest {

    @Test
    void marksEveryMatchWhateverItsCaseAndAccents() {
        List<Marked.Part> parts = Marked.all("Résumé, then RESUME again", List.of("resume"));
        assertThat(parts)
                .containsExactly(
                        new Marked.Part("Résumé", true),
                        new Marked.Part(", then ", false),
                        new Marked.Part("RESUME", true),
                        new Marked.Part(" again", false));
    }

    @Test
    void aSnippetStartsAtAWordBeforeTheMatchAndEndsAtASpace() {
        String text = "word ".repeat(30) + "needle " + "tail ".repeat(60);
        List<Marked.Part> parts = Marked.snippet(text, List.of("needle"));
        String snippet = String.join("", parts.stream().map(Marked.Part::text).toList());
        assertThat(snippet).startsWith("…word ").endsWith("tail…").contains("needle");
        assertThat(parts)
                .filteredOn(Marked.Part::marked)
                .extracting(Marked.Part::text)
                .containsExactly("needle");
        assertThat(snippet.length()).isLessThanOrEqualTo(Marked.SNIPPET_MAX + 2);
    }

    @Test
    void aSnippetNeverSplitsACharacterNorStartsBeforeTheText() {
        String emoji = "\uD83D\uDE80";
        String text = emoji.repeat(40) + "launch" + emoji.repeat(200);
        String snippet = String.join(
                "",
                Marked.snippet(text, List.of("launch")).stream()
                        .map(Marked.Part::text)
                        .toList());
        assertThat(new String(snippet.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .as("no half of a character, which UTF-8 cannot carry")
                .isEqualTo(snippet);
        assertThat(Marked.snippet("go", List.of("go"))).containsExactly(new Marked.Part("go", true));
        assertThat(Marked.snippet("nothing here", List.of("else"))).isEmpty();
    }

    @Test
    void termsAreWordsAndQuotedPhrasesWithTheirWildcardsEscaped() throws Terms.Refused {
        assertThat(Terms.parse("  Conférence \"Talk   Day\" 100%_x ").folded())
                .containsExactly("conference", "talk day", "100%_x");
        assertThat(Terms.parse("100%_x!").likePatterns()).containsExactly("%100!%!_x!!%");
        assertThat(Terms.parse("e\u0301te\u0000").folded())
                .as("decomposed accents, a NUL")
                .containsExactly("ete");
    }
}
