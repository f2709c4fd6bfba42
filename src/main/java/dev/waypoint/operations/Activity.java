package dev.waypoint.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Waypoint's own counters for the metrics endpoint: how often people do the things the product is
 * for. Counts only, never who or what. Created at start so a dashboard shows 0 rather than nothing.
 */
@Startup
@ApplicationScoped
public class Activity {

    private final Counter signIns;
    private final Counter checkInsSubmitted;
    private final Counter goalsAchieved;
    private final Counter invitationsAccepted;

    @Inject
    public Activity(MeterRegistry registry) {
        signIns = Counter.builder("waypoint.sign.ins")
                .description("Sign-ins through the identity provider")
                .register(registry);
        checkInsSubmitted = Counter.builder("waypoint.check.ins.submitted")
                .description("Weekly check-ins submitted (a draft counts when it is submitted)")
                .register(registry);
        goalsAchieved = Counter.builder("waypoint.goals.achieved")
                .description("Goals marked achieved, on their page or on a team board")
                .register(registry);
        invitationsAccepted = Counter.builder("waypoint.invitations.accepted")
                .description("Mentor and mentee invitations accepted")
                .register(registry);
    }

    public void signedIn() {
        signIns.increment();
    }

    public void checkInSubmitted() {
        checkInsSubmitted.increment();
    }

    public void goalAchieved() {
        goalsAchieved.increment();
    }

    public void invitationAccepted() {
        invitationsAccepted.increment();
    }
}
