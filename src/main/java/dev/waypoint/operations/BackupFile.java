package dev.waypoint.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One finished backup: {@code waypoint-20261206-033000.zip}, named for when it began (UTC), so the
 * name says its time even after the file is copied elsewhere.
 */
public record BackupFile(Path path, Instant takenAt, long bytes) {

    static final String UNFINISHED = ".partial";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("waypoint-(\\d{8}-\\d{6})\\.zip");

    static String nameFor(Instant takenAt) {
        return "waypoint-" + STAMP.format(takenAt.atOffset(ZoneOffset.UTC)) + ".zip";
    }

    /** The backup this file is, or empty for anything else (an unfinished one, a file of someone else's). */
    static Optional<BackupFile> of(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Instant takenAt = LocalDateTime.parse(name.group(1), STAMP).toInstant(ZoneOffset.UTC);
            return Optional.of(new BackupFile(file, takenAt, Files.size(file)));
        } catch (DateTimeParseException | IOException notOurs) {
            return Optional.empty();
        }
    }

    static boolean isUnfinished(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("waypoint-") && name.endsWith(".zip" + UNFINISHED);
    }

    public String name() {
        return path.getFileName().toString();
    }
}
