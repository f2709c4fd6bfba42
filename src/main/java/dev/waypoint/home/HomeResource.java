package dev.waypoint.home;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.web.ReadOnlyPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;

/** "/" is the public landing page for visitors and the personal dashboard once signed in. */
@Path("/")
@Blocking
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing();

        static native TemplateInstance dashboard(Dashboard dashboard);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @GET
    @PermitAll
    @Transactional
    public TemplateInstance home() {
        if (!currentPerson.isSignedIn()) {
            return Templates.landing();
        }
        Person person = currentPerson.get();
        ReadOnlyPage.begin();
        return Templates.dashboard(Dashboard.load(person, clock));
    }

    /** Needs sign-in, so visiting it starts the provider's login; afterwards it leads home. */
    @GET
    @Path("sign-in")
    @Authenticated
    public Response signIn() {
        return Response.seeOther(URI.create("/")).build();
    }
}
