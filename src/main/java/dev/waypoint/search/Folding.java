package dev.waypoint.search;

/**
 * Text folded for matching: lower case, with the accents of Latin letters taken off, one
 * character for one so a match found in folded text marks the same places in the original. The
 * database folds with the same table ({@code translate(lower(..))}, on H2 and PostgreSQL alike), so
 * "resume" finds "Résumé" in either.
 */
final class Folding {

    /** Accented letters, each folded to the letter at the same place in {@link #PLAIN}. */
    static final String ACCENTED =
            "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž"
                    + "ÀÁÂÃÄÅĀĂĄÇĆĈĊČĎĐÈÉÊËĒĔĖĘĚĜĞĠĢĤĦÌÍÎÏĨĪĬĮİĴĶĹĻĽĿŁÑŃŅŇÒÓÔÕÖØŌŎŐŔŖŘŚŜŞŠŢŤŦÙÚÛÜŨŪŬŮŰŲŴÝŸŶŹŻŽ";

    static final String PLAIN =
            "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz"
                    + "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    static {
        if (ACCENTED.length() != PLAIN.length()) {
            throw new IllegalStateException("The folding table must map one letter to one");
        }
    }

    private Folding() {}

    /** The text folded, as long as the original. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int accented = ACCENTED.indexOf(c);
            folded.append(accented >= 0 ? PLAIN.charAt(accented) : Character.toLowerCase(c));
        }
        return folded.toString();
    }

    /** The same folding of an HQL expression, with the table bound as {@code :foldFrom}, {@code :foldTo}. */
    static String inQuery(String expression) {
        return "cast(function('translate', lower(" + expression + "), :foldFrom, :foldTo) as String)";
    }
}
