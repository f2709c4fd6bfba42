package dev.waypoint.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them ("12 Mar 2027"); in templates {@code date.pretty}. */
@TemplateExtension
public final class Dates {

    private static final DateTimeFormatter PRETTY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Dates() {}

    public static String pretty(LocalDate date) {
        return date == null ? "" : PRETTY.format(date);
    }

    public static String pretty(Instant instant) {
        return instant == null ? "" : PRETTY.format(instant.atZone(ZoneOffset.UTC));
    }
}
