package dev.waypoint.goals;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** All of a person's goals, and setting a new one. */
@Path("/goals")
@Authenticated
@Blocking
public class GoalsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(GoalOverview overview);

        static native TemplateInstance create(GoalForm form, List<NorthStar> northStars);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance list() {
        Long ownerId = currentPerson.id();
        return Templates.list(GoalOverview.of(NorthStar.ownedBy(ownerId), Goal.ownedBy(ownerId)));
    }

    @GET
    @Path("new")
    @Transactional
    public TemplateInstance create(@QueryParam("northStar") Long northStarId) {
        GoalForm form = GoalForm.blank();
        form.northStarId = northStarId == null ? null : northStarId.toString();
        return Templates.create(form, NorthStar.ownedBy(currentPerson.id()));
    }

    @POST
    @Transactional
    public Response save(@BeanParam GoalForm form) {
        Person owner = currentPerson.get();
        List<NorthStar> northStars = NorthStar.ownedBy(owner.id);
        LocalDate today = LocalDate.now(clock.withZone(owner.zone()));
        if (!form.validate(today, null, northStars)) {
            return Answer.refused(Refusal.INVALID, Templates.create(form, northStars));
        }
        Instant now = clock.instant();
        Goal goal = Goal.start(Person.getEntityManager().getReference(Person.class, owner.id), now);
        form.applyTo(goal, northStars);
        goal.persist();
        int position = 0;
        for (String title : form.stepTitles()) {
            goal.addStep(position++, title, null);
        }
        goal.stepsTotal = position;
        GoalHistory.created(goal, now);
        return Answer.seeOther("/goals/" + goal.id, Confirmation.GOAL_SET);
    }
}
