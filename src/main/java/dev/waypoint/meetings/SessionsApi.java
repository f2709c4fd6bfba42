package dev.waypoint.meetings;

import dev.waypoint.people.CurrentPerson;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The read API for a mentorship's sessions, for its two people only. */
@Path("/api/v1/mentorships/{mentorship: \\d+}/sessions")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentoring", description = "The people you mentor and what they share with you.")
public class SessionsApi {

    @Inject
    CurrentPerson currentPerson;

    @Schema(
            name = "Session",
            description = "A mentoring session as you see it: never the other person's private points or notes.")
    public record SessionView(
            @Schema(example = "7") Long id,
            Instant startsAt,
            @Schema(example = "45") int minutes,

            @Schema(description = "The zone it was planned in.", example = "Europe/Berlin")
            String zone,

            @Schema(example = "https://meet.example.com/abc")
            String place,

            @Schema(description = "Weeks between sessions of a series, or null.", example = "2")
            Integer repeatWeeks,

            @Schema(enumeration = {"PLANNED", "HELD", "CANCELLED"})
            String status,

            List<PointView> points,
            List<ActionView> actions,
            String sharedNotes,
            @Schema(description = "Your own private notes.") String yourNotes,

            @Schema(
                    enumeration = {"YES", "SOMEWHAT", "NOT_REALLY"},
                    description = "Whether the mentee found it helpful.")
            String helpful) {}

    @Schema(name = "TalkingPoint")
    public record PointView(
            String text,

            @Schema(description = "False for a private point: only yours are listed.")
            boolean shared,

            boolean yours,

            @Schema(description = "ROADBLOCKS, FOCUS or WINS for a check-in's answer; null for typed words.")
            String fromCheckIn,

            boolean covered) {}

    @Schema(name = "ActionItem")
    public record ActionView(
            String text,
            @Schema(description = "mentor or mentee") String owner,
            LocalDate dueOn,
            boolean done) {}

    @GET
    @Transactional
    @Operation(
            operationId = "listSessions",
            summary = "A mentorship's sessions",
            description = "Every session of the mentorship, oldest first, as its page shows them to you;"
                    + " 404 unless you are its mentee, or its mentor while it lasts.")
    public List<SessionView> sessions(@PathParam("mentorship") Long mentorshipId) {
        Long me = currentPerson.id();
        Side side = Side.of(mentorshipId, me).orElseThrow(NotFoundException::new);
        return SessionHistory.of(side).entries().stream()
                .map(entry -> {
                    Meeting m = entry.meeting();
                    return new SessionView(
                            m.id,
                            m.startsAt,
                            m.minutes,
                            m.zone,
                            m.place,
                            m.repeatWeeks,
                            m.status.name(),
                            entry.points().stream()
                                    .map(p -> new PointView(
                                            p.text(),
                                            p.shared,
                                            p.author.id.equals(me),
                                            p.answer == null ? null : p.answer.name(),
                                            p.isCovered()))
                                    .toList(),
                            entry.actions().stream()
                                    .map(a -> new ActionView(
                                            a.body,
                                            a.owner.id.equals(m.mentorship.mentor.id) ? "mentor" : "mentee",
                                            a.dueOn,
                                            a.isDone()))
                                    .toList(),
                            entry.sharedNotes(),
                            entry.myNotes(),
                            m.helpful == null ? null : m.helpful.name());
                })
                .toList();
    }
}
