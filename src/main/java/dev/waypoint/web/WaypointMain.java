package dev.waypoint.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.List;

/**
 * Starts Waypoint. When the production jar cannot start because sign-in is not configured,
 * Quarkus's own one-line reason is followed by the list of variables to set.
 */
@QuarkusMain
public class WaypointMain {

    public static void main(String... args) {
        Quarkus.run(null, WaypointMain::exit, args);
    }

    private static void exit(int exitCode, Throwable failure) {
        if (failure != null) {
            List<String> missing = ProductionConfigCheck.missingSettingsOrAll();
            if (!missing.isEmpty()) {
                if (failure != null && failure.getMessage() != null) {
                    System.err.println(failure.getMessage());
                }
                System.err.println(ProductionConfigCheck.explain(missing));
            }
        }
        System.exit(exitCode);
    }
}
