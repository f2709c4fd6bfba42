package dev.waypoint.search;

import dev.waypoint.feedback.Feedback;
import dev.waypoint.feedback.FeedbackItems;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.web.Answer;
import dev.waypoint.web.BadParameter;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Search: a page that is a GET form (so it works without JavaScript and can be bookmarked), whose
 * results htmx replaces as one types; and the quick-jump palette's options.
 */
@Path("/search")
@Authenticated
@Blocking
public class SearchResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(SearchPage search, boolean live);

        static native TemplateInstance page$results(SearchPage search, boolean live);

        static native TemplateInstance jumps(Jumps jumps);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Answer answer;

    @Inject
    Clock clock;

    @Inject
    FeedbackItems feedbackItems;

    @GET
    @Transactional
    public TemplateInstance page(
            @QueryParam("q") String q,
            @QueryParam("kind") String kind,
            @QueryParam("whose") String whose,
            @QueryParam("time") String time,
            @QueryParam("order") String order) {
        SearchPage search = search(q, kind, whose, time, order);
        return answer.pageOrFragment(() -> Templates.page(search, false), () -> Templates.page$results(search, true));
    }

    private SearchPage search(String q, String kind, String whose, String time, String order) {
        Filter filter;
        try {
            filter = Filter.of(kind, whose, time, order);
        } catch (BadParameter unknown) {
            return SearchPage.of(q, Filter.ANY, unknown.getMessage(), null);
        }
        if (q == null) {
            return SearchPage.of(null, filter, null, null);
        }
        try {
            Person reader = currentPerson.get();
            Terms terms = Terms.parse(q);
            LocalDate today = LocalDate.now(clock.withZone(reader.zone()));
            return SearchPage.of(q, filter, null, Results.of(reader, terms, filter, today));
        } catch (Terms.Refused refused) {
            return SearchPage.of(q, filter, refused.getMessage(), null);
        }
    }

    /** The palette's options for what was typed: places, goals, north stars, mentees and teams by name. */
    @GET
    @Path("jump")
    @Transactional
    public TemplateInstance jump(@QueryParam("q") String q) {
        return Templates.jumps(Jumps.of(currentPerson.get(), q));
    }

    /** A comment's result opens the page its item lives on for the reader, or 404 if they may not see it. */
    @GET
    @Path("open/{item: [a-z-]+}/{id: \\d+}")
    @Transactional
    public Response open(@PathParam("item") String item, @PathParam("id") Long id) {
        Feedback.Item kind = Arrays.stream(Feedback.Item.values())
                .filter(value ->
                        value.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(item))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        return feedbackItems
                .find(kind, id, currentPerson.id())
                .map(target -> Response.seeOther(URI.create(target.page())).build())
                .orElseThrow(NotFoundException::new);
    }
}
