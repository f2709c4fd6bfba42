package dev.waypoint.people;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** The IANA time zones people can pick: region names, not legacy aliases. */
public final class TimeZones {

    private static final List<String> IDS = Stream.concat(
                    Stream.of("UTC"),
                    ZoneId.getAvailableZoneIds().stream()
                            .filter(id -> id.contains("/"))
                            .filter(id -> !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                            .filter(id -> Character.isUpperCase(id.charAt(0)))
                            .sorted())
            .toList();

    private TimeZones() {}

    public static List<String> ids() {
        return IDS;
    }
}
