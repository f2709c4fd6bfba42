package dev.waypoint.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.H2InAFile;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.Session;
import dev.waypoint.support.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateResult;
import org.h2.tools.Restore;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Online backups of the embedded database, as they run in production: H2 in a file (a test
 * profile of its own), writers writing through the app while an admin backs up, a restore with the
 * documented command into an empty folder, and the app started on it.
 */
@QuarkusTest
@TestProfile(H2InAFile.class)
class BackupTest {

    @Inject
    Backups backups;

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "waypoint.backup.dir")
    Path directory;

    @ConfigProperty(name = "waypoint.data-dir")
    Path dataDirectory;

    @BeforeEach
    @AfterEach
    void noBackupsAndTheRealTime() throws IOException {
        clock.reset();
        if (Files.isRegularFile(directory)) {
            Files.delete(directory);
        }
        Files.createDirectories(directory);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void aBackupTakenWhileWritersWriteRestoresWithEveryWriteAcknowledgedBeforeIt() throws Exception {
        Session admin = Newcomer.signUpAdmin("backing-up").session();
        List<Newcomer> writers = List.of(Newcomer.signUp("writer-a"), Newcomer.signUp("writer-b"));
        List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean backedUpYet = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch warmedUp = new CountDownLatch(writers.size() * 5);
        CountDownLatch writtenAfter = new CountDownLatch(4);
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        List<Future<?>> writing = new ArrayList<>();
        for (Newcomer writer : writers) {
            writing.add(pool.submit(() -> {
                for (int round = 1; !stop.get(); round++) {
                    String title = "Kept goal " + round + " of " + writer.name();
                    boolean afterTheBackup = backedUpYet.get();
                    Response created = writer.session()
                            .form("/goals/new")
                            .formParams(Map.of("title", title, "category", "TECHNICAL", "steps", "A step"))
                            .post("/goals");
                    assertThat(created.statusCode()).as(title).isEqualTo(303);
                    acknowledged.add(new Acknowledged(title, System.nanoTime(), afterTheBackup));
                    warmedUp.countDown();
                    if (afterTheBackup) {
                        writtenAfter.countDown();
                    }
                }
                return null;
            }));
        }
        assertThat(warmedUp.await(60, TimeUnit.SECONDS))
                .as("the writers are writing")
                .isTrue();

        long backupBegan = System.nanoTime();
        Response backedUp = admin.form("/admin").post("/admin/backup");
        backedUpYet.set(true);
        assertThat(backedUp.statusCode()).isEqualTo(303);
        assertThat(backedUp.header("Location")).endsWith("/admin?done=backup-taken#backups");
        assertThat(writtenAfter.await(60, TimeUnit.SECONDS))
                .as("the writers go on")
                .isTrue();
        stop.set(true);
        for (Future<?> writer : writing) {
            writer.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<BackupFile> taken = backups.list();
        assertThat(taken).hasSize(1);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("only the finished backup, under its final name")
                    .containsExactly(taken.get(0).name());
        }

        // Restore as docs/operations.md says: H2's Restore tool, into an empty folder.
        Path restored = Files.createTempDirectory(Path.of("target"), "restored-");
        new Restore().runTool("-file", taken.get(0).path().toString(), "-dir", restored.toString());
        String restoredUrl = "jdbc:h2:file:" + restored.resolve("waypoint").toAbsolutePath();

        ValidateResult validated = Flyway.configure()
                .dataSource(restoredUrl, "", "")
                .locations("classpath:db/migration")
                .load()
                .validateWithResult();
        assertThat(validated.validationSuccessful)
                .as("Flyway validates the restored database")
                .isTrue();

        List<String> before = acknowledged.stream()
                .filter(write -> write.at() < backupBegan)
                .map(Acknowledged::title)
                .toList();
        assertThat(before).hasSizeGreaterThanOrEqualTo(10);
        assertThat(titlesIn(restoredUrl))
                .as("every goal acknowledged before the backup began")
                .containsAll(before);
        assertThat(acknowledged).hasSizeGreaterThan(before.size());

        List<String> afterwards = acknowledged.stream()
                .filter(Acknowledged::afterTheBackup)
                .map(Acknowledged::title)
                .toList();
        startOn(restored);
        for (Newcomer writer : writers) {
            List<String> theirs = before.stream()
                    .filter(title -> title.endsWith(" of " + writer.name()))
                    .toList();
            assertThat(writer.session()
                            .page("/goals")
                            .select(".goal-list .goal-link")
                            .eachText())
                    .as("the app started on the backup shows %s every goal acknowledged before it", writer.name())
                    .containsAll(theirs)
                    .as("and none begun after it ended: the app runs on the backup")
                    .doesNotContainAnyElementsOf(afterwards);
        }
        Newcomer writer = writers.get(0);
        writer.session()
                .form("/goals/new")
                .formParams(Map.of("title", "Written after the restore", "category", "TECHNICAL", "steps", "A step"))
                .post("/goals")
                .then()
                .statusCode(303);
        assertThat(writer.session().page("/goals").text()).contains("Written after the restore");
    }

    @Test
    void theDailyBackupRunsOnceADayAndKeepsTheNewestThree() throws IOException {
        Path cutShort = Files.writeString(directory.resolve("waypoint-20270101-000000.zip.partial"), "cut short");
        Path someoneElses = Files.writeString(directory.resolve("notes.txt"), "not a backup");
        clock.set(Instant.parse("2027-03-01T02:00:00Z"));
        assertThat(backups.list()).as("a backup cut short never counts").isEmpty();

        backups.takeWhenDue();
        backups.takeWhenDue();
        assertThat(names())
                .as("the first check takes one, the next finds it fresh")
                .containsExactly("waypoint-20270301-020000.zip");
        assertThat(cutShort).doesNotExist();

        clock.set(Instant.parse("2027-03-01T03:29:00Z"));
        backups.takeWhenDue();
        assertThat(names()).hasSize(1);
        clock.set(Instant.parse("2027-03-01T03:31:00Z"));
        backups.takeWhenDue();
        for (String day : List.of("02", "03", "04")) {
            clock.set(Instant.parse("2027-03-" + day + "T09:00:00Z"));
            backups.takeWhenDue();
            backups.takeWhenDue();
        }

        assertThat(names())
                .as("one a day, the newest three kept")
                .containsExactly(
                        "waypoint-20270304-090000.zip", "waypoint-20270303-090000.zip", "waypoint-20270302-090000.zip");
        assertThat(someoneElses).exists();
    }

    @Test
    void theAdminOverviewSaysWhenTheLastBackupWasAndWarnsWhenItIsOldOrFailed() throws IOException {
        Session admin = Newcomer.signUpAdmin("watching-backups").session();
        assertThat(backupsSection(admin).select("#backup-warning").text())
                .isEqualTo(
                        "There is no backup yet. Take one now, and check that the app can write to the folder below.");

        admin.form("/admin").post("/admin/backup").then().statusCode(303);
        Document overview = admin.page("/admin?done=backup-taken");
        assertThat(overview.select("#flash-line").text()).contains("Backup taken.");
        String section = overview.select("#backups").text();
        BackupFile newest = backups.list().get(0);
        assertThat(section)
                .contains("Last backup")
                .contains(dev.waypoint.web.Dates.moment(newest.takenAt()))
                .contains(newest.path().toString())
                .contains("daily at 03:30 (UTC)")
                .contains("keeping the newest 3");
        assertThat(overview.select("#backup-warning")).isEmpty();

        Path threeDaysOld =
                directory.resolve(BackupFile.nameFor(newest.takenAt().minusSeconds(3 * 24 * 3600)));
        Files.move(newest.path(), threeDaysOld);
        assertThat(backupsSection(admin).select("#backup-warning").text())
                .startsWith("The newest backup is more than two days old.");

        // The folder becomes unusable: a file where it should be.
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
        Files.writeString(directory, "in the way");
        Response failed = admin.form("/admin").post("/admin/backup");
        assertThat(failed.header("Location")).endsWith("/admin?done=backup-failed#backups");
        assertThat(backupsSection(admin).select("#backup-warning").text())
                .startsWith("The backup at ")
                .contains("failed: " + directory + " is in the way: it is a file, not a folder");

        Files.delete(directory);
        admin.form("/admin").post("/admin/backup").then().statusCode(303);
        assertThat(backupsSection(admin).select("#backup-warning"))
                .as("a good backup clears it")
                .isEmpty();
        assertThat(admin.page("/admin/audit?kind=BACKUP_TAKEN")
                        .select(".audit-trail")
                        .text())
                .contains("You took a backup of the database");
    }

    /**
     * Starts the running app on a restored database, as an operator would with the app stopped: the
     * live database is shut down, the restored file put in its place, and the pool (which checks a
     * connection before handing it out, in this profile) opens the file anew.
     */
    private void startOn(Path restored) throws SQLException, IOException {
        try (Connection live = dataSource.getConnection()) {
            live.createStatement().execute("SHUTDOWN");
        }
        Files.copy(
                restored.resolve("waypoint.mv.db"),
                dataDirectory.resolve("waypoint.mv.db"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** A goal the app said it created, when it said so, and whether it was begun after the backup ended. */
    private record Acknowledged(String title, long at, boolean afterTheBackup) {}

    private List<String> names() {
        return backups.list().stream().map(BackupFile::name).toList();
    }

    private static Document backupsSection(Session admin) {
        return org.jsoup.Jsoup.parse(admin.page("/admin").select("#backups").outerHtml());
    }

    private static List<String> titlesIn(String url) throws SQLException {
        List<String> titles = new ArrayList<>();
        try (Connection restored = DriverManager.getConnection(url, "", "");
                ResultSet rows = restored.createStatement().executeQuery("select title from goal")) {
            while (rows.next()) {
                titles.add(rows.getString(1));
            }
        }
        return titles;
    }
}
