package dev.waypoint.reflections;

import dev.waypoint.checkins.Week;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Clock;

/** Pictures of the person's own patterns: regularity, confidence, progress, meaning. */
@Path("/insights")
@Authenticated
@Blocking
public class InsightsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Insights insights);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance show() {
        Person person = currentPerson.get();
        return Templates.show(Insights.load(
                person.id,
                person.zone(),
                Week.current(clock, person.zone()),
                Week.of(person.createdAt, person.zone())));
    }
}
