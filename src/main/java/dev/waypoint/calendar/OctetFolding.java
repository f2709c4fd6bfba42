package dev.waypoint.calendar;

/**
 * Folds iCalendar content lines so none is longer than 75 octets of UTF-8 (RFC 5545 3.1), never
 * inside a character: a continuation starts with one space, which counts toward its 75.
 */
final class OctetFolding {

    static final int MAX_OCTETS = 75;

    private static final String LINE_BREAK = "\r\n";

    private OctetFolding() {}

    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 64);
        for (String line : unfolded.split(LINE_BREAK)) {
            foldLine(line, folded);
            folded.append(LINE_BREAK);
        }
        return folded.toString();
    }

    private static void foldLine(String line, StringBuilder folded) {
        int octets = 0;
        int index = 0;
        while (index < line.length()) {
            int codePoint = line.codePointAt(index);
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_OCTETS) {
                folded.append(LINE_BREAK).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            index += Character.charCount(codePoint);
        }
    }

    private static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
