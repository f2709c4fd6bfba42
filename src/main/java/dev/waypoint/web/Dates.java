package dev.waypoint.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them ("12 Mar 2027"); in templates {@code date.pretty}. */
@TemplateExtension
public final class Dates {

    private static final DateTimeFormatter PRETTY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Dates() {}

    /** A day with its weekday, where the moment falls in its zone: "Tue 15 Dec 2026". */
    public static String weekday(ZonedDateTime moment) {
        return WEEKDAY.format(moment);
    }

    /** From start to end, in the start's zone: "Tue 15 Dec 2026, 16:00–17:00", "(next day)" past midnight. */
    public static String span(ZonedDateTime start, ZonedDateTime end) {
        String span = weekday(start) + ", " + CLOCK.format(start) + "–" + CLOCK.format(end);
        return end.toLocalDate().equals(start.toLocalDate()) ? span : span + " (next day)";
    }

    public static String pretty(LocalDate date) {
        return date == null ? "" : PRETTY.format(date);
    }

    /** A moment to the minute, for operators: "6 Dec 2026, 03:30 UTC". */
    public static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(ZoneOffset.UTC));
    }

    public static String pretty(Instant instant) {
        return instant == null ? "" : PRETTY.format(instant.atZone(ZoneOffset.UTC));
    }
}
