package dev.waypoint.goals;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.web.BadParameter;
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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The read API for north stars and goals: one's own, and any single goal one may see in the browser. */
@Path("/api/v1")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goals", description = "Your north stars and goals, with their steps and progress.")
public class GoalsApi {

    @Inject
    CurrentPerson currentPerson;

    @Schema(name = "NorthStar")
    public record NorthStarView(
            @Schema(example = "3") Long id,
            @Schema(example = "Lead a team") String title,
            @Schema(example = "I like helping people grow.") String why,
            Instant createdAt) {}

    @GET
    @Path("north-stars")
    @Transactional
    @Operation(
            operationId = "listNorthStars",
            summary = "Your north stars",
            description = "The long-term directions your goals serve, oldest first.")
    public List<NorthStarView> northStars() {
        return NorthStar.ownedBy(currentPerson.id()).stream()
                .map(star -> new NorthStarView(star.id, star.title, star.why, star.createdAt))
                .toList();
    }

    @GET
    @Path("goals")
    @Transactional
    @Operation(
            operationId = "listGoals",
            summary = "Your goals",
            description = "Every goal of yours with its steps and progress, newest first.")
    public List<GoalView> goals(
            @Parameter(description = "Only goals with this status: ACTIVE, PAUSED, ACHIEVED or DROPPED.")
                    @QueryParam("status")
                    String status) {
        GoalStatus only = status == null || status.isEmpty() ? null : statusNamed(status);
        Long me = currentPerson.id();
        Map<Long, List<Step>> steps = Step.ofOwner(me).stream().collect(Collectors.groupingBy(step -> step.goal.id));
        return Goal.ownedBy(me).stream()
                .filter(goal -> only == null || goal.status == only)
                .map(goal -> GoalView.of(goal, steps.getOrDefault(goal.id, List.of())))
                .toList();
    }

    @GET
    @Path("goals/{goal}")
    @Transactional
    @Operation(
            operationId = "getGoal",
            summary = "One goal",
            description = "A goal of yours, one a mentee shared with you, or one on a board of your team's: 404 for any"
                    + " other.")
    public GoalView goal(@PathParam("goal") Long id) {
        VisibleGoal visible = VisibleGoal.find(id, currentPerson.id()).orElseThrow(NotFoundException::new);
        return GoalView.of(visible.goal(), visible.steps());
    }

    private static GoalStatus statusNamed(String status) {
        return Arrays.stream(GoalStatus.values())
                .filter(known -> known.name().equalsIgnoreCase(status.strip()))
                .findFirst()
                .orElseThrow(() -> new BadParameter("\"status\" must be one of ACTIVE, PAUSED, ACHIEVED or DROPPED."));
    }
}
