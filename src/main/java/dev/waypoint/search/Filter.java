package dev.waypoint.search;

import dev.waypoint.web.BadParameter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a search is narrowed and ordered: one kind or all, whose (mine, a mentee's, a team's, or
 * anyone's), how far back, newest first or best match. Each choice has the word the URL carries.
 */
record Filter(Kind kind, Whose whose, Time time, Order order) {

    static final Filter ANY = new Filter(null, null, Time.ANY, Order.NEWEST);

    /** One choice of a filter: the word its URL carries (its name, as in "last-12-months") and what the page calls it. */
    interface Choice {
        String name();

        String label();

        default String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** What a result is, in the order the results page groups them. */
    enum Kind implements Choice {
        NORTH_STAR("North stars"),
        GOAL("Goals"),
        STEP("Steps"),
        CHECK_IN("Check-ins"),
        REFLECTION("Reflections"),
        MILESTONE("Milestones"),
        COMMENT("Comments");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Whose items: one's own (with the comments one wrote or received), mentees', team boards'. */
    enum Whose implements Choice {
        MINE("Mine"),
        MENTEES("My mentees'"),
        TEAMS("My teams'");

        final String label;

        Whose(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    enum Time implements Choice {
        ANY("Any time"),
        THIS_YEAR("This year"),
        LAST_12_MONTHS("Last 12 months");

        final String label;

        Time(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        /** The first day it covers, seen from {@code today}; null for any time. */
        LocalDate since(LocalDate today) {
            return switch (this) {
                case ANY -> null;
                case THIS_YEAR -> today.withDayOfYear(1);
                case LAST_12_MONTHS -> today.minusMonths(12);
            };
        }
    }

    enum Order implements Choice {
        NEWEST("Newest first"),
        BEST("Best match");

        final String label;

        Order(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    boolean covers(Kind asked, Whose from) {
        return (kind == null || kind == asked) && (whose == null || whose == from);
    }

    /** The filter a URL's words name; a word that names nothing is a {@link BadParameter}. */
    static Filter of(String kind, String whose, String time, String order) {
        return new Filter(
                named("kind", kind, Kind.values(), null),
                named("whose", whose, Whose.values(), null),
                named("time", time, Time.values(), Time.ANY),
                named("order", order, Order.values(), Order.NEWEST));
    }

    private static <E extends Enum<E> & Choice> E named(String parameter, String word, E[] choices, E absent) {
        if (word == null || word.isBlank() || word.equals("all")) {
            return absent;
        }
        return Arrays.stream(choices)
                .filter(choice -> choice.word().equals(word.strip()))
                .findFirst()
                .orElseThrow(() -> new BadParameter("\"" + parameter + "\" must be one of: "
                        + Arrays.stream(choices).map(Choice::word).collect(Collectors.joining(", ")) + "."));
    }
}
