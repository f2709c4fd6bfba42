package dev.waypoint.people;

import io.quarkus.qute.TemplateExtension;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** Weekday names as people read them ("Friday"); in templates {@code day.label}. */
@TemplateExtension
public final class DayNames {

    private DayNames() {}

    public static String label(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
