package dev.waypoint.mentoring;

import dev.waypoint.checkins.ConsistencyView;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.goals.GoalView;
import dev.waypoint.milestones.MilestonesApi.MilestoneView;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.web.QueryParameters;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** The read API for mentors: their mentees, and what each shares with their mentors. */
@Path("/api/v1/mentees")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentoring", description = "The people you mentor and what they share with you.")
public class MenteesApi {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @Schema(name = "Mentee")
    public record MenteeView(
            @Schema(example = "42") Long id,
            @Schema(example = "Alice") String name,

            @Schema(description = "When the mentorship began.")
            Instant since) {}

    @Schema(name = "MenteeSharing", description = "What one mentee shares with their mentors.")
    public record SharedView(
            MenteeView mentee,

            @Schema(description = "Counted from when the mentorship began, over the check-ins shared with mentors.")
            ConsistencyView consistency,

            @Schema(
                    description =
                            "Every goal they share with mentors, without steps (GET /api/v1/goals/{id} has them).")
            List<GoalView> goals,

            List<SharedCheckInView> checkIns,

            @Schema(description = "The newest " + MenteePage.MILESTONES_SHOWN + " milestones they share with mentors.")
            List<MilestoneView> milestones) {}

    @Schema(name = "SharedCheckIn")
    public record SharedCheckInView(
            @Schema(example = "2026-W49") String week,
            @Schema(example = "2026-11-30") LocalDate weekStart,
            @Schema(example = "4") Integer confidence,
            List<String> wins,
            List<String> roadblocks) {}

    @GET
    @Transactional
    @Operation(
            operationId = "listMentees",
            summary = "Your mentees",
            description = "The people you mentor now, longest first.")
    public List<MenteeView> mentees() {
        return Mentorship.activeFor(currentPerson.id()).stream()
                .filter(m -> m.mentor.id.equals(currentPerson.id()) && m.mentee.active)
                .map(m -> new MenteeView(m.mentee.id, m.mentee.displayName, m.startedAt))
                .toList();
    }

    @GET
    @Path("{mentee}")
    @Transactional
    @Operation(
            operationId = "getMentee",
            summary = "What a mentee shares with you",
            description = "Their goals, check-ins and milestones shared with mentors, as their page on your dashboard"
                    + " shows them;"
                    + " 404 unless you mentor them now.")
    public SharedView mentee(
            @PathParam("mentee") Long menteeId,
            @Parameter(description = "How many weeks of check-ins, this week included: 1 to 520 (default 26).")
                    @QueryParam("weeks")
                    String weeks) {
        int count = QueryParameters.wholeNumber("weeks", weeks, 1, 520, MentoringResource.MENTEE_PAGE_WEEKS);
        MenteePage page =
                MenteePage.load(currentPerson.id(), menteeId, clock, count).orElseThrow(NotFoundException::new);
        MentorDashboard.MenteeCard card = page.card();
        return new SharedView(
                new MenteeView(card.mentee().id, card.mentee().displayName, card.mentorship().startedAt),
                ConsistencyView.of(card.consistency()),
                card.goals().stream().map(GoalView::summary).toList(),
                card.checkIns().stream()
                        .map(c -> new SharedCheckInView(
                                c.week().id(), c.week().start(), c.confidence(), c.winItems(), c.roadblockItems()))
                        .toList(),
                page.milestones().stream()
                        .map(m -> MilestoneView.of(m, m.goalSharedWithMentors()))
                        .toList());
    }
}
