package dev.waypoint.home;

import dev.waypoint.notifications.Notices;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** A person's inbox: what happened that concerns them, read and opened from here. */
@Path("/inbox")
@Authenticated
@Blocking
public class InboxResource {

    /** Entries on one page of the inbox. */
    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Inbox inbox, int unread, ZoneId zone, LocalDate today);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Notices notices;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance page(@QueryParam("before") Long before) {
        Person reader = currentPerson.get();
        return Templates.page(
                Inbox.of(reader, before, PAGE_SIZE, false),
                reader.unreadNotices,
                reader.zone(),
                LocalDate.now(clock.withZone(reader.zone())));
    }

    /** Marks the entry read and opens its item; one whose item is out of sight opens the inbox. */
    @POST
    @Path("{id: \\d+}/open")
    @Transactional
    public Response open(@PathParam("id") Long id) {
        Person reader = currentPerson.get();
        if (!notices.read(reader, id)) {
            throw new NotFoundException();
        }
        Inbox.Entry entry = Inbox.of(reader, id + 1, 1, false).entries().get(0);
        return Response.seeOther(URI.create(entry.shown() ? entry.href() : "/inbox"))
                .build();
    }

    @POST
    @Path("{id: \\d+}/read")
    @Transactional
    public Response read(@PathParam("id") Long id) {
        if (!notices.read(currentPerson.get(), id)) {
            throw new NotFoundException();
        }
        return Answer.seeOther("/inbox#notice-" + id, Confirmation.MARKED_READ);
    }

    @POST
    @Path("read-all")
    @Transactional
    public Response readAll() {
        notices.readAll(currentPerson.get());
        return Answer.seeOther("/inbox", Confirmation.ALL_MARKED_READ);
    }
}
