package dev.waypoint.demo;

import dev.waypoint.people.Person;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * In dev mode, a lived-in Waypoint for the personas so a newcomer sees real pages at once: Alice's
 * goals, and the mentoring and team stories around her ({@link DemoStories}).
 * Written once (skipped when Alice already has goals); off with waypoint.demo-data=false.
 */
@IfBuildProfile("dev")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "waypoint.demo-data", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "waypoint.dev-provider-issuer")
    Optional<String> issuer;

    @Inject
    Clock clock;

    private Person persona(String username) {
        return Person.ensureDevPersona(issuer.get(), username, clock.instant());
    }

    void seed(@Observes StartupEvent started) {
        if (!enabled || issuer.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Person alice = persona("alice");
            Person bob = persona("bob");
            Person carol = persona("carol");
            Person dave = persona("dave");
            persona("erin");
            persona("mallory");
            if (DemoGoals.writeFor(alice, clock)) {
                DemoStories.write(alice, bob, carol, dave, clock);
                LOG.info("Demo data written for the dev personas (turn off with waypoint.demo-data=false)");
            }
        });
    }
}
