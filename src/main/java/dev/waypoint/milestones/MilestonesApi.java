package dev.waypoint.milestones;

import dev.waypoint.people.CurrentPerson;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The read API for one's own milestones, a page at a time. */
@Path("/api/v1/milestones")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones", description = "The milestones on your timeline.")
public class MilestonesApi {

    static final int PAGE_SIZE = 100;

    @Inject
    CurrentPerson currentPerson;

    @Schema(name = "Milestone")
    public record MilestoneView(
            @Schema(example = "9") Long id,
            @Schema(example = "Spoke at a meetup") String title,
            @Schema(example = "TALK") MilestoneKind kind,
            @Schema(example = "2026-10-14") LocalDate happenedOn,

            @Schema(description = "True when only the month is known (happenedOn is its first day).")
            boolean monthOnly,

            String story,
            @Schema(example = "https://example.com/slides") String evidenceUrl,

            @Schema(description = "The goal it came from, if any and if you may see it.", example = "17")
            Long goalId,

            boolean sharedWithMentors,
            Instant createdAt) {

        /** The milestone, naming its goal only when {@code goalVisible}. */
        public static MilestoneView of(Milestone m, boolean goalVisible) {
            return new MilestoneView(
                    m.id,
                    m.title,
                    m.kind,
                    m.happenedOn,
                    m.monthOnly,
                    m.story,
                    m.evidenceUrl,
                    goalVisible && m.goal != null ? m.goal.id : null,
                    m.sharedWithMentors,
                    m.createdAt);
        }
    }

    @GET
    @Transactional
    @Operation(
            operationId = "listMilestones",
            summary = "Your milestones",
            description = "Newest first, " + PAGE_SIZE + " a page; an empty page means there are no more.")
    public List<MilestoneView> milestones(
            @Parameter(description = "The page, from 1 (default 1).") @QueryParam("page") String page) {
        int index = QueryParameters.wholeNumber("page", page, 1, 10_000, 1) - 1;
        return Milestone.timeline(currentPerson.id(), null, null, index, PAGE_SIZE).stream()
                .map(m -> MilestoneView.of(m, true))
                .toList();
    }
}
