package dev.waypoint.operations;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Online backups of the embedded H2 database: H2's {@code BACKUP TO} from the app's own
 * connection, so readers and writers go on meanwhile. Once a day at a configured time (and at the
 * next check after a start that missed it), or when an admin asks. A backup is written under a
 * temporary name and renamed when complete; only the newest few are kept. On PostgreSQL, and for
 * an in-memory database, there is nothing for the app to do.
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class);

    @Inject
    AgroalDataSource database;

    @Inject
    Clock clock;

    /** Where backups go; made absolute when the app starts, so the admin overview names it exactly. */
    @ConfigProperty(name = "waypoint.backup.dir")
    Path directory;

    /** The time of day of the daily backup, in {@link #zone}. */
    @ConfigProperty(name = "waypoint.backup.at")
    LocalTime at;

    @ConfigProperty(name = "waypoint.backup.zone")
    ZoneId zone;

    @ConfigProperty(name = "waypoint.backup.keep")
    int keep;

    private final ReentrantLock running = new ReentrantLock();

    private volatile BackupStatus.Kind kind;

    /** The last attempt that failed, while no backup has succeeded since; null otherwise. */
    private volatile BackupStatus.Failure lastFailure;

    @PostConstruct
    void absolute() {
        directory = directory.toAbsolutePath().normalize();
    }

    /** Every ten minutes: a backup when the newest is older than the last time one was due. */
    @Scheduled(every = "10m", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void takeWhenDue() {
        if (kind() == BackupStatus.Kind.EMBEDDED && isDue()) {
            try {
                take();
            } catch (BackupFailed failed) {
                // Recorded for the admin overview; the next check tries again.
            }
        }
    }

    /** True when no backup was taken since the most recent daily time that has passed. */
    public boolean isDue() {
        ZonedDateTime now = clock.instant().atZone(zone);
        ZonedDateTime today = now.with(at);
        Instant lastDue = (now.isBefore(today) ? today.minusDays(1) : today).toInstant();
        return newest().map(backup -> backup.takenAt().isBefore(lastDue)).orElse(true);
    }

    /** Takes a backup now; one at a time, on a connection of its own outside any caller's transaction. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BackupFile take() throws BackupFailed {
        running.lock();
        try {
            Instant started = clock.instant();
            Path finished = directory.resolve(BackupFile.nameFor(started));
            Path unfinished = directory.resolve(finished.getFileName() + BackupFile.UNFINISHED);
            try {
                Files.createDirectories(directory);
                removeUnfinished();
                backUpTo(unfinished);
                Files.move(unfinished, finished, StandardCopyOption.ATOMIC_MOVE);
                BackupFile taken = new BackupFile(finished, started, Files.size(finished));
                pruneToNewest(keep);
                lastFailure = null;
                LOG.infof("Backup taken: %s (%d bytes)", finished, taken.bytes());
                return taken;
            } catch (SQLException | IOException | UncheckedIOException failed) {
                lastFailure = new BackupStatus.Failure(started, reason(failed));
                LOG.warnf("Backup into %s failed: %s", directory, lastFailure.reason());
                throw new BackupFailed(lastFailure.reason(), failed);
            }
        } finally {
            running.unlock();
        }
    }

    /** When the daily backup runs, as the admin overview says it: "daily at 03:30 (UTC)". */
    public String schedule() {
        return "daily at " + at + " (" + zone.getId() + ")";
    }

    /** What the admin overview says about backups. */
    public BackupStatus status() {
        BackupStatus.Kind kind = kind();
        if (kind != BackupStatus.Kind.EMBEDDED) {
            return new BackupStatus(kind, null, null, null, keep, false);
        }
        Optional<BackupFile> newest = newest();
        boolean stale = newest.map(
                        backup -> backup.takenAt().isBefore(clock.instant().minus(BackupStatus.STALE_AFTER)))
                .orElse(true);
        return new BackupStatus(
                kind, directory.toAbsolutePath().normalize().toString(), newest.orElse(null), lastFailure, keep, stale);
    }

    /** The finished backups in the directory, newest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(BackupFile::of)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupFile::takenAt).reversed())
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private Optional<BackupFile> newest() {
        try {
            return list().stream().findFirst();
        } catch (UncheckedIOException unreadable) {
            return Optional.empty();
        }
    }

    private void backUpTo(Path file) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    private void pruneToNewest(int count) throws IOException {
        List<BackupFile> backups = list();
        for (BackupFile old : backups.subList(Math.min(count, backups.size()), backups.size())) {
            Files.deleteIfExists(old.path());
        }
    }

    /** A backup cut short by a crash never looks whole, and does not stay either. */
    private void removeUnfinished() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(BackupFile::isUnfinished).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Which database this is never changes while the app runs: asked once. */
    private BackupStatus.Kind kind() {
        BackupStatus.Kind known = kind;
        if (known == null) {
            known = kind = askDatabaseKind();
        }
        return known;
    }

    private BackupStatus.Kind askDatabaseKind() {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("h2")) {
                return BackupStatus.Kind.SERVER;
            }
            try (ResultSet path = statement.executeQuery("CALL DATABASE_PATH()")) {
                return path.next() && path.getString(1) != null
                        ? BackupStatus.Kind.EMBEDDED
                        : BackupStatus.Kind.IN_MEMORY;
            }
        } catch (SQLException unreachable) {
            throw new IllegalStateException("The database did not answer", unreachable);
        }
    }

    /** Why, in words an admin can act on. */
    private static String reason(Exception failed) {
        if (failed instanceof FileAlreadyExistsException inTheWay) {
            return inTheWay.getFile() + " is in the way: it is a file, not a folder";
        }
        if (failed instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (failed instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getFile() + ": " + fileSystem.getReason();
        }
        String message = failed.getMessage();
        return message == null
                ? failed.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
    }

    /** A backup could not be taken; the reason also shows on the admin overview. */
    public static class BackupFailed extends Exception {
        BackupFailed(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
