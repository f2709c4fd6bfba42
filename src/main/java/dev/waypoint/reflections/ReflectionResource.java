package dev.waypoint.reflections;

import dev.waypoint.circles.AudienceWords;
import dev.waypoint.goals.Goal;
import dev.waypoint.people.CurrentPerson;
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
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/** Reflecting on an achieved or dropped goal, once, with a chance to edit it later. */
@Path("/goals/{id: \\d+}/reflection")
@Authenticated
@Blocking
public class ReflectionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Goal goal, ReflectionForm form, String audience);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance edit(@PathParam("id") Long id) {
        Goal goal = closedGoal(id);
        ReflectionForm form = Reflection.ofGoal(id).map(ReflectionForm::of).orElseGet(ReflectionForm::new);
        return Templates.edit(goal, form, AudienceWords.describePrivate("reflection"));
    }

    @POST
    @Transactional
    public Response save(@PathParam("id") Long id, @BeanParam ReflectionForm form) {
        Goal goal = closedGoal(id);
        if (!form.validate()) {
            return Answer.refused(
                    Refusal.INVALID, Templates.edit(goal, form, AudienceWords.describePrivate("reflection")));
        }
        Reflection reflection = Reflection.ofGoal(id).orElseGet(() -> {
            Reflection fresh = new Reflection();
            fresh.goal = goal;
            fresh.createdAt = clock.instant();
            return fresh;
        });
        form.applyTo(reflection);
        reflection.persist();
        return Answer.seeOther("/goals/" + id + "/reflection", Confirmation.REFLECTION_SAVED);
    }

    /** Only the owner reflects, and only on a goal that is achieved or dropped. */
    private Goal closedGoal(Long id) {
        Goal goal = Goal.findOwned(id, currentPerson.id()).orElseThrow(NotFoundException::new);
        if (!goal.isAchieved() && !goal.isDropped()) {
            throw new NotFoundException();
        }
        return goal;
    }
}
