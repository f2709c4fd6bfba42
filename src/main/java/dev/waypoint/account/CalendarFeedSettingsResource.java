package dev.waypoint.account;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.calendar.CalendarFeed;
import dev.waypoint.notifications.Notice;
import dev.waypoint.notifications.Notices;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.tokens.AccessTokenForm;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;

/**
 * Turning one's calendar feed on, giving it a new address, and off. The address is shown once, on
 * the profile, right after it is made: it is a secret that only its hash remembers.
 */
@Path("/profile/calendar-feed")
@Authenticated
@Blocking
public class CalendarFeedSettingsResource {

    /** Where calendar apps fetch a feed (calendar.CalendarFeedResource): the secret, then ".ics", which some apps look for. */
    private static final String FEED_PATH = "calendar/";

    @Inject
    Notices notices;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    /** On, or a new address for a feed that is on: the old address stops working at once. */
    @POST
    @Transactional
    public Response open() {
        Person me = currentPerson.get();
        boolean wasOn = CalendarFeed.of(me.id).isPresent();
        String secret = CalendarFeed.open(me.id, clock.instant());
        audit.record(
                AuditKind.CALENDAR_FEED_CHANGED,
                me.id,
                null,
                wasOn ? "gave the calendar feed a new address" : "turned the calendar feed on");
        notices.tell(me.id, Notice.Kind.CALENDAR_FEED_MADE, me.id, Notice.Subject.ACCOUNT, null);
        String address = uri.getBaseUri().resolve(FEED_PATH + secret + ".ics").toString();
        return Answer.page(ProfileResource.page(me, address, AccessTokenForm.empty(), null, clock.instant()));
    }

    @POST
    @Path("off")
    @Transactional
    public Response close() {
        Long me = currentPerson.id();
        if (CalendarFeed.of(me).isPresent()) {
            CalendarFeed.close(me);
            audit.record(AuditKind.CALENDAR_FEED_CHANGED, me, null, "turned the calendar feed off");
        }
        return Answer.seeOther("/profile", Confirmation.CALENDAR_FEED_OFF);
    }
}
