package dev.waypoint.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The app on H2 in a file of its own, as in production (the suite's default is in memory), with
 * backups beside it, the newest three kept. A fresh folder under target/ each time the app starts.
 */
public class H2InAFile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Path root = freshFolder();
        String url =
                "jdbc:h2:file:" + root.resolve("data/waypoint").toAbsolutePath() + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
        return Map.of(
                "%test.quarkus.datasource.jdbc.url",
                url,
                "waypoint.data-dir",
                root.resolve("data").toAbsolutePath().toString(),
                "waypoint.backup.dir",
                root.resolve("backups").toAbsolutePath().toString(),
                "waypoint.backup.keep",
                "3",
                // A test may put a restored file in place of the live one: the pool must not hand
                // out a connection to the database it replaced, nor a job open it in between.
                "quarkus.datasource.jdbc.validate-on-borrow",
                "true",
                "quarkus.scheduler.enabled",
                "false");
    }

    private static Path freshFolder() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), "h2-in-a-file-");
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
