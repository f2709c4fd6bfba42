package dev.waypoint.people;

import dev.waypoint.web.Sha256;
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

    private static final String DIGEST = Sha256.hex(String.join(",", IDS)).substring(0, 12);

    public static List<String> ids() {
        return IDS;
    }

    /** Changes when the list does (a newer JDK knows new zones). */
    static String digest() {
        return DIGEST;
    }
}
