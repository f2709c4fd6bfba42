package dev.waypoint.operations;

import java.time.Duration;
import java.time.Instant;

/** Backups as the admin overview shows them: the newest, where they go, and what went wrong last. */
public record BackupStatus(
        Kind kind, String directory, BackupFile newest, Failure lastFailure, int keep, boolean stale) {

    /** A newest backup older than this is a warning. */
    static final Duration STALE_AFTER = Duration.ofDays(2);

    public enum Kind {
        /** H2 in a file: the app takes the backups. */
        EMBEDDED,
        /** PostgreSQL: backups are the database's job. */
        SERVER,
        /** H2 in memory (tests): there is nothing to keep. */
        IN_MEMORY
    }

    /** An attempt that failed, and why. */
    public record Failure(Instant at, String reason) {}

    public boolean embedded() {
        return kind == Kind.EMBEDDED;
    }

    public boolean server() {
        return kind == Kind.SERVER;
    }
}
