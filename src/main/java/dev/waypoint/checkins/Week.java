package dev.waypoint.checkins;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** An ISO week (Monday to Sunday), named like "2026-W48". */
public record Week(LocalDate start) implements Comparable<Week> {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    public Week {
        if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A week starts on a Monday: " + start);
        }
    }

    public static Week containing(LocalDate day) {
        return new Week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** The week that holds {@code instant} where the person lives. */
    public static Week of(Instant instant, ZoneId zone) {
        return containing(LocalDate.ofInstant(instant, zone));
    }

    /** This week where the person lives. */
    public static Week current(Clock clock, ZoneId zone) {
        return containing(LocalDate.now(clock.withZone(zone)));
    }

    /** Parses "2026-W48"; empty for anything else. */
    public static Optional<Week> parse(String id) {
        if (id == null || !id.matches("\\d{4}-W\\d{2}")) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(id.substring(0, 4));
            int number = Integer.parseInt(id.substring(6));
            LocalDate anyDay = LocalDate.of(year, 6, 1)
                    .with(IsoFields.WEEK_BASED_YEAR, year)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number);
            Week week = containing(anyDay);
            return week.id().equals(id) ? Optional.of(week) : Optional.empty();
        } catch (java.time.DateTimeException outOfRange) {
            return Optional.empty();
        }
    }

    public int year() {
        return start.get(IsoFields.WEEK_BASED_YEAR);
    }

    public int number() {
        return start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public String id() {
        return String.format(Locale.ROOT, "%d-W%02d", year(), number());
    }

    public LocalDate end() {
        return start.plusDays(6);
    }

    public Week previous() {
        return new Week(start.minusWeeks(1));
    }

    public Week next() {
        return new Week(start.plusWeeks(1));
    }

    public Week plusWeeks(long weeks) {
        return new Week(start.plusWeeks(weeks));
    }

    public Week minusWeeks(long weeks) {
        return new Week(start.minusWeeks(weeks));
    }

    /** "Week 48 · 23–29 Nov 2026". */
    public String label() {
        return "Week " + number() + " · " + DAY_MONTH.format(start) + "–" + DAY_MONTH.format(end()) + " "
                + end().getYear();
    }

    /** "23 Nov", for compact places such as chart labels. */
    public String shortLabel() {
        return DAY_MONTH.format(start);
    }

    @Override
    public int compareTo(Week other) {
        return start.compareTo(other.start);
    }
}
