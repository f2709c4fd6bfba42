package dev.waypoint.search;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.web.BadParameter;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The read API's search: the search page's results, with the same audience, as JSON. */
@Path("/api/v1/search")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Find anything you may see by its words.")
public class SearchApi {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @Schema(name = "SearchResults")
    public record Answer(
            @Schema(example = "conference talk") String query,
            List<Result> results,

            @Schema(description = "Some kind had more matches than were read; narrow the search to see them.")
            boolean more) {}

    @Schema(name = "SearchResult")
    public record Result(
            @Schema(
                    example = "goal",
                    enumeration = {"north-star", "goal", "step", "check-in", "reflection", "milestone", "comment"})
            String kind,

            @Schema(example = "12") Long id,
            @Schema(example = "Give a conference talk") String title,

            @Schema(description = "The words around the first match, or empty when only the title matched.")
            String snippet,

            @Schema(example = "Yours") String whose,
            @Schema(example = "Goal") String place,

            @Schema(example = "/goals/12", description = "The page that shows it in the browser.")
            String path,

            LocalDate date) {}

    @GET
    @Transactional
    @Operation(
            operationId = "search",
            summary = "Search",
            description = "Your north stars, goals, steps, check-ins, reflections, milestones and the comments you"
                    + " wrote or received, and what mentees and teams share with you, holding every word (and"
                    + " every phrase in double quotes), case and accents aside. Grouped by kind.")
    public Answer search(
            @Parameter(description = "Words to find; a phrase in double quotes. At most 200 characters.")
                    @QueryParam("q")
                    String q,
            @Parameter(
                            description = "Only one kind: north-star, goal, step, check-in, reflection, milestone or"
                                    + " comment.")
                    @QueryParam("kind")
                    String kind,
            @Parameter(description = "Only mine, mentees' or teams'.") @QueryParam("whose") String whose,
            @Parameter(description = "any (the default), this-year or last-12-months.") @QueryParam("time") String time,
            @Parameter(description = "newest (the default) or best.") @QueryParam("order") String order) {
        Filter filter = Filter.of(kind, whose, time, order);
        Terms terms;
        try {
            terms = Terms.parse(q);
        } catch (Terms.Refused refused) {
            throw new BadParameter("\"q\": " + refused.getMessage());
        }
        Person reader = currentPerson.get();
        Results results = Results.of(reader, terms, filter, LocalDate.now(clock.withZone(reader.zone())));
        return new Answer(
                terms.typed(),
                results.all().stream()
                        .map(found -> new Result(
                                found.kind(),
                                found.id(),
                                found.titleText(),
                                found.snippetText(),
                                found.whose(),
                                found.place(),
                                found.href(),
                                found.day()))
                        .toList(),
                results.more());
    }
}
