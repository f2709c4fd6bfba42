package dev.waypoint.calendar;

import dev.waypoint.people.Person;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;

/**
 * A person's calendar feed, fetched by calendar apps without signing in: the secret in the address
 * is the key. An address that was rotated, turned off or never made, or a deactivated person's,
 * answers 404 like any other unknown page.
 */
@Path("/calendar")
@PermitAll
@Blocking
public class CalendarFeedResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    @Context
    UriInfo uri;

    @Inject
    Clock clock;

    @GET
    @Path("{secret}.ics")
    @Produces(TEXT_CALENDAR)
    @Transactional
    public String feed(@PathParam("secret") String secret) {
        Person owner = CalendarFeed.ownerOf(secret)
                .map(id -> Person.<Person>findById(id))
                .filter(person -> person.active)
                .orElseThrow(NotFoundException::new);
        Instant now = clock.instant();
        return ICalendar.of(owner, CalendarFeedEvents.of(owner.id, now), uri.getBaseUri(), now);
    }
}
