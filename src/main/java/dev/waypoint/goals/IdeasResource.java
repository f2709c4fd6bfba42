package dev.waypoint.goals;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The idea catalogue: browse, search, feel-stuck suggestions, and adopting an idea as a goal. */
@Path("/ideas")
@Authenticated
@Blocking
public class IdeasResource {

    static final int STUCK_SUGGESTIONS = 4;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalogue(
                List<Idea> ideas, List<IdeaGroup> groups, String q, String category, List<Category> categories);

        static native TemplateInstance catalogue$results(
                List<Idea> ideas, List<IdeaGroup> groups, String q, String category, List<Category> categories);

        static native TemplateInstance stuck(List<Idea> ideas);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Answer answer;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance catalogue(@QueryParam("q") String q, @QueryParam("category") String category) {
        Category chosen = Category.parse(category).orElse(null);
        String slug = chosen == null ? "" : chosen.slug();
        String words = q == null ? "" : q.strip();
        List<Idea> ideas = Idea.search(words, chosen);
        // Unfiltered, the catalogue opens grouped, a few per category; a search or a category lists all.
        List<IdeaGroup> groups = words.isEmpty() && chosen == null ? IdeaGroup.of(ideas) : List.of();
        List<Category> categories = List.of(Category.values());
        return answer.pageOrFragment(
                () -> Templates.catalogue(ideas, groups, words, slug, categories),
                () -> Templates.catalogue$results(ideas, groups, words, slug, categories));
    }

    /** A few small ideas from different categories, a different few each week. */
    @GET
    @Path("stuck")
    @Transactional
    public TemplateInstance stuck() {
        Map<Category, List<Idea>> byCategory = new LinkedHashMap<>();
        for (Idea idea : Idea.smallOnes()) {
            byCategory
                    .computeIfAbsent(idea.category, ignored -> new ArrayList<>())
                    .add(idea);
        }
        long week = clock.instant().getEpochSecond() / (7 * 24 * 3600);
        List<List<Idea>> groups = new ArrayList<>(byCategory.values());
        List<Idea> picks = new ArrayList<>();
        for (int i = 0; i < groups.size() && picks.size() < STUCK_SUGGESTIONS; i++) {
            List<Idea> group = groups.get((int) ((week + i * 3) % groups.size()));
            Idea pick = group.get((int) (week % group.size()));
            if (!picks.contains(pick)) {
                picks.add(pick);
            }
        }
        return Templates.stuck(picks);
    }

    @POST
    @Path("{id: \\d+}/adopt")
    @Transactional
    public Response adopt(@PathParam("id") Long id) {
        Idea idea = Idea.findWithLadder(id).orElseThrow(NotFoundException::new);
        Instant now = clock.instant();
        Goal goal = Goal.start(Person.getEntityManager().getReference(Person.class, currentPerson.id()), now);
        goal.title = idea.title;
        goal.category = idea.category;
        goal.why = idea.whyPick;
        goal.ideaId = idea.id;
        goal.measureUnit = idea.measureUnit;
        goal.measureTarget = idea.measureTarget;
        goal.measureCurrent = idea.measureTarget == null ? null : 0;
        goal.stepsTotal = idea.ladder.size();
        goal.persist();
        for (IdeaStep rung : idea.ladder) {
            goal.addStep(rung.key.position(), rung.title, null);
        }
        GoalHistory.created(goal, now);
        return Answer.seeOther("/goals/" + goal.id, Confirmation.IDEA_ADOPTED);
    }
}
