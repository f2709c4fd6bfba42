package dev.waypoint.milestones;

import dev.waypoint.checkins.Week;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.goals.Goal;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The career timeline: milestones newest first, suggestions from hindsight, and adding one. */
@Path("/milestones")
@Authenticated
@Blocking
public class MilestonesResource {

    /** Far beyond any real timeline; also keeps the row offset from overflowing. */
    static final int MAX_PAGE = 10_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(
                Timeline timeline,
                List<Suggestions.Suggestion> suggestions,
                String kind,
                String year,
                List<MilestoneKind> kinds);

        static native TemplateInstance timeline$entries(Timeline timeline);

        static native TemplateInstance edit(
                MilestoneForm form, Long id, List<Goal> goals, String origin, boolean hasMentors);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Answer answer;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance timeline(
            @QueryParam("kind") String kind,
            @QueryParam("year") String year,
            @QueryParam("page") int page,
            @QueryParam("after") String after) {
        Person person = currentPerson.get();
        MilestoneKind chosenKind = MilestoneKind.parse(kind).orElse(null);
        Integer chosenYear = parseYear(year);
        String filter = "?" + (chosenKind == null ? "" : "kind=" + chosenKind.slug() + "&")
                + (chosenYear == null ? "" : "year=" + chosenYear + "&");
        if (page > MAX_PAGE) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        int pageIndex = Math.max(0, page);
        Timeline timeline = Timeline.of(
                Milestone.timeline(person.id, chosenKind, chosenYear, pageIndex, Timeline.PAGE_SIZE),
                pageIndex == 0 ? null : after,
                filter,
                pageIndex);
        java.util.function.Supplier<TemplateInstance> wholePage = () -> Templates.timeline(
                timeline,
                Suggestions.of(person.id, person.zone(), Week.current(clock, person.zone())),
                chosenKind == null ? "" : chosenKind.slug(),
                chosenYear == null ? "" : chosenYear.toString(),
                List.of(MilestoneKind.values()));
        // Later pages load as the timeline scrolls: htmx gets only their entries.
        return pageIndex > 0
                ? answer.pageOrFragment(wholePage, () -> Templates.timeline$entries(timeline))
                : wholePage.get();
    }

    @GET
    @Path("new")
    @Transactional
    public TemplateInstance create(@QueryParam("suggestion") String key) {
        Person person = currentPerson.get();
        MilestoneForm form = MilestoneForm.blank();
        String origin = null;
        var suggestion = Suggestions.find(person.id, person.zone(), Week.current(clock, person.zone()), key);
        if (suggestion.isPresent()) {
            form.title = suggestion.get().title();
            form.date = suggestion.get().date().toString();
            form.goalId = suggestion.get().goalId() == null
                    ? null
                    : suggestion.get().goalId().toString();
            form.suggestion = suggestion.get().key();
            origin = suggestion.get().origin();
        }
        form.shareWithMentors = null;
        return Templates.edit(form, null, Goal.ownedBy(person.id), origin, Mentorship.hasMentor(person.id));
    }

    @POST
    @Transactional
    public Response save(@BeanParam MilestoneForm form) {
        Person person = currentPerson.get();
        List<Goal> goals = Goal.ownedBy(person.id);
        if (!form.validate(LocalDate.now(clock.withZone(person.zone())), goals)) {
            return Answer.refused(
                    Refusal.INVALID, Templates.edit(form, null, goals, null, Mentorship.hasMentor(person.id)));
        }
        Milestone milestone = new Milestone();
        milestone.owner = person;
        milestone.createdAt = clock.instant();
        form.applyTo(milestone, goals);
        String key = MilestoneForm.clean(form.suggestion);
        if (key != null
                && Suggestions.find(person.id, person.zone(), Week.current(clock, person.zone()), key)
                        .isPresent()) {
            milestone.suggestionKey = key;
        }
        milestone.persist();
        return Answer.seeOther("/milestones/" + milestone.id, Confirmation.MILESTONE_SAVED);
    }

    /** Turns a suggestion down for good. */
    @POST
    @Path("suggestions/dismiss")
    @Transactional
    public Response dismiss(@RestForm String key) {
        Person person = currentPerson.get();
        boolean open = Suggestions.find(person.id, person.zone(), Week.current(clock, person.zone()), key)
                .isPresent();
        if (open) {
            MilestoneDismissal dismissal = new MilestoneDismissal();
            dismissal.owner = person;
            dismissal.suggestionKey = key;
            dismissal.persist();
        }
        return Answer.seeOther("/milestones#suggestions", Confirmation.SUGGESTION_DISMISSED);
    }

    private static Integer parseYear(String year) {
        try {
            int value = Integer.parseInt(String.valueOf(year).strip());
            return value >= 1900 && value <= 2999 ? value : null;
        } catch (NumberFormatException none) {
            return null;
        }
    }
}
