package dev.waypoint.checkins;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.web.QueryParameters;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The read API for one's own weekly check-ins and consistency. */
@Path("/api/v1")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Check-ins", description = "Your weekly check-ins and how consistently you check in.")
public class CheckInsApi {

    /** Ten years of weeks: the most one call returns. */
    static final int MOST_WEEKS = 520;

    private static final String WEEKS = "How many weeks back, this week included: 1 to 520 (default 12).";

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @Schema(name = "CheckIn")
    public record CheckInView(
            @Schema(example = "2026-W49") String week,
            @Schema(example = "2026-11-30") LocalDate weekStart,

            @Schema(description = "False while it is a draft.")
            boolean submitted,

            Instant submittedAt,

            @Schema(example = "[\"Sent the talk proposal\"]")
            List<String> wins,

            @Schema(example = "[\"No time for the slides\"]")
            List<String> roadblocks,

            @Schema(example = "[\"Book a rehearsal\"]") List<String> focus,

            @Schema(description = "1 to 5, when given.", example = "4")
            Integer confidence,

            boolean sharedWithMentors) {

        static CheckInView of(CheckIn checkIn) {
            return new CheckInView(
                    checkIn.week().id(),
                    checkIn.weekStart,
                    checkIn.submitted,
                    checkIn.submittedAt,
                    checkIn.winItems(),
                    checkIn.roadblockItems(),
                    checkIn.focusItems(),
                    checkIn.confidence,
                    checkIn.sharedWithMentors);
        }
    }

    @GET
    @Path("check-ins")
    @Transactional
    @Operation(
            operationId = "listCheckIns",
            summary = "Your check-ins",
            description = "Your check-ins of the last weeks, drafts included, oldest first.")
    public List<CheckInView> checkIns(@Parameter(description = WEEKS) @QueryParam("weeks") String weeks) {
        LastWeeks last = lastWeeks(weeks);
        return CheckIn.ofWeeks(last.me().id, last.first(), last.current()).stream()
                .map(CheckInView::of)
                .toList();
    }

    @GET
    @Path("consistency")
    @Transactional
    @Operation(
            operationId = "getConsistency",
            summary = "Your consistency",
            description = "Weeks checked in out of the last weeks, as the check-ins page counts them: a paused week"
                    + " counts neither way, and this week counts once it is checked in.")
    public ConsistencyView consistency(@Parameter(description = WEEKS) @QueryParam("weeks") String weeks) {
        LastWeeks last = lastWeeks(weeks);
        Person me = last.me();
        return ConsistencyView.of(Consistency.over(
                last.count(),
                last.current(),
                Week.of(me.createdAt, me.zone()),
                CheckIn.since(me.id, last.first()),
                WeekPause.since(me.id, last.first())));
    }

    /** The signed-in person's last {@code count} weeks, this one included. */
    private record LastWeeks(Person me, Week current, int count) {

        Week first() {
            return current.minusWeeks(count - 1L);
        }
    }

    private LastWeeks lastWeeks(String weeks) {
        int count = QueryParameters.wholeNumber("weeks", weeks, 1, MOST_WEEKS, Consistency.WINDOW);
        Person me = currentPerson.get();
        return new LastWeeks(me, Week.current(clock, me.zone()), count);
    }
}
