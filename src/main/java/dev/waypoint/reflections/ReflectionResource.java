package dev.waypoint.reflections;

import dev.waypoint.circles.Audience;
import dev.waypoint.goals.Goal;
import dev.waypoint.people.CurrentPerson;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** Reflecting on an achieved or dropped goal, once, with a chance to edit it later. */
@Path("/goals/{id: \\d+}/reflection")
@Authenticated
@Blocking
public class ReflectionResource {

    /** The reflection form as typed. */
    public record ReflectionForm(String meaningful, String learned, String chooseAgain, Map<String, String> errors) {

        static ReflectionForm of(Reflection reflection) {
            return new ReflectionForm(
                    String.valueOf(reflection.meaningful),
                    reflection.learned,
                    reflection.chooseAgain.name(),
                    new LinkedHashMap<>());
        }

        boolean validate() {
            Integer score = score();
            if (score == null) {
                errors.put("meaningful", "How meaningful did it feel? Pick 1 (not at all) to 5 (very).");
            }
            if (again() == null) {
                errors.put("chooseAgain", "Would you choose it again? Pick yes, not sure or no.");
            }
            if (learned != null && learned.length() > Reflection.LEARNED_MAX) {
                errors.put("learned", "Please keep this to " + Reflection.LEARNED_MAX + " characters or fewer.");
            }
            return errors.isEmpty();
        }

        Integer score() {
            try {
                int value = Integer.parseInt(String.valueOf(meaningful).strip());
                return value >= 1 && value <= 5 ? value : null;
            } catch (NumberFormatException garbled) {
                return null;
            }
        }

        Reflection.Again again() {
            try {
                return Reflection.Again.valueOf(String.valueOf(chooseAgain).strip());
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }

        public boolean meaningfulIs(int value) {
            return String.valueOf(value).equals(meaningful);
        }

        public boolean againIs(String value) {
            return value.equals(chooseAgain);
        }

        public Reflection.Again[] choices() {
            return Reflection.Again.values();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Goal goal, ReflectionForm form, boolean saved, String audience);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance edit(@PathParam("id") Long id) {
        Goal goal = closedGoal(id);
        ReflectionForm form = Reflection.ofGoal(id)
                .map(ReflectionForm::of)
                .orElseGet(() -> new ReflectionForm(null, null, null, new LinkedHashMap<>()));
        return Templates.edit(goal, form, Reflection.ofGoal(id).isPresent(), Audience.describePrivate("reflection"));
    }

    @POST
    @Transactional
    public Response save(
            @PathParam("id") Long id,
            @RestForm String meaningful,
            @RestForm String learned,
            @RestForm String chooseAgain) {
        Goal goal = closedGoal(id);
        ReflectionForm form = new ReflectionForm(meaningful, learned, chooseAgain, new LinkedHashMap<>());
        if (!form.validate()) {
            return Response.status(422)
                    .entity(Templates.edit(goal, form, false, Audience.describePrivate("reflection")))
                    .build();
        }
        Reflection reflection = Reflection.ofGoal(id).orElseGet(() -> {
            Reflection fresh = new Reflection();
            fresh.goal = goal;
            fresh.createdAt = clock.instant();
            return fresh;
        });
        reflection.meaningful = form.score();
        reflection.learned = learned == null || learned.isBlank() ? null : learned.strip();
        reflection.chooseAgain = form.again();
        reflection.persist();
        return Response.seeOther(URI.create("/goals/" + id + "/reflection?saved"))
                .build();
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
