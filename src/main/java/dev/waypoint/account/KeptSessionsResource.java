package dev.waypoint.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waypoint.meetings.Meeting;
import dev.waypoint.meetings.TalkingPoint;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.web.Dates;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** The mentoring sessions a person brought from another Waypoint, read-only and theirs alone. */
@Path("/export/sessions")
@Authenticated
@Blocking
public class KeptSessionsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<Shown> sessions);
    }

    /** A kept session as its owner reads it, in their own time zone. */
    public record Shown(ExportFile.SessionData session, ZonedDateTime start) {

        public String when() {
            return Dates.span(start, start.plusMinutes(session.minutes()));
        }

        /** Who was whose mentor: "Erin was your mentor". */
        public String relation() {
            return "mentor".equals(session.side())
                    ? "You were " + session.with() + "’s mentor"
                    : session.with() + " was your mentor";
        }

        public String status() {
            return switch (Meeting.Status.valueOf(session.status())) {
                case HELD -> "Held";
                case CANCELLED -> "Cancelled";
                case PLANNED -> "Planned";
            };
        }

        public String helpful() {
            return session.helpful() == null
                    ? null
                    : Meeting.Helpful.valueOf(session.helpful()).label();
        }

        public String answerOf(ExportFile.PointData point) {
            return point.fromCheckIn() == null
                    ? null
                    : TalkingPoint.Answer.valueOf(point.fromCheckIn()).label();
        }

        public String whose(ExportFile.ActionData action) {
            return action.owner().equals(session.side()) ? "you" : session.with();
        }
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    ObjectMapper json;

    @GET
    @Transactional
    public TemplateInstance page() {
        Person person = currentPerson.get();
        ZoneId zone = person.zone();
        return Templates.page(KeptSession.of(person.id).stream()
                .map(kept -> new Shown(KeptSessions.read(kept, json), kept.startsAt.atZone(zone)))
                .toList());
    }
}
