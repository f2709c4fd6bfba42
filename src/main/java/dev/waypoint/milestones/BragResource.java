package dev.waypoint.milestones;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The brag document: a preview on the page and a Markdown download. */
@Path("/milestones/brag")
@Authenticated
@Blocking
public class BragResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preview(String markdown, int months, List<Integer> periods);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance preview(@QueryParam("months") int months) {
        int period = period(months);
        return Templates.preview(write(period), period, BragDocument.PERIODS);
    }

    @GET
    @Path("download")
    @Transactional
    public Response download(@QueryParam("months") int months) {
        int period = period(months);
        LocalDate today = LocalDate.now(clock.withZone(currentPerson.get().zone()));
        return Response.ok(write(period))
                .type("text/markdown; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"brag-document-" + today + ".md\"")
                .build();
    }

    private String write(int months) {
        Person person = currentPerson.get();
        return BragDocument.write(person, LocalDate.now(clock.withZone(person.zone())), months);
    }

    private static int period(int months) {
        return BragDocument.PERIODS.contains(months) ? months : 6;
    }
}
