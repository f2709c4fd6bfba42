package dev.waypoint.goals;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
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

/** North stars: the long-term aspirations goals roll up to. */
@Path("/north-stars")
@Authenticated
@Blocking
public class NorthStarsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(NorthStarForm form);
    }

    /** The north-star form as typed. */
    public record NorthStarForm(Long id, String title, String why, String version, Map<String, String> errors) {

        static NorthStarForm of(NorthStar star) {
            return new NorthStarForm(
                    star.id, star.title, star.why, String.valueOf(star.version), new LinkedHashMap<>());
        }

        boolean validate() {
            String cleanTitle = GoalForm.clean(title);
            if (cleanTitle == null) {
                errors.put("title", "Name your north star, e.g. \"Become a staff engineer\".");
            } else if (cleanTitle.length() > NorthStar.TITLE_MAX) {
                errors.put("title", "Please keep it to " + NorthStar.TITLE_MAX + " characters or fewer.");
            }
            String cleanWhy = GoalForm.clean(why);
            if (cleanWhy != null && cleanWhy.length() > NorthStar.WHY_MAX) {
                errors.put("why", "Please keep this to " + NorthStar.WHY_MAX + " characters or fewer.");
            }
            return errors.isEmpty();
        }

        public boolean isNew() {
            return id == null;
        }
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @GET
    @Path("new")
    public TemplateInstance create() {
        return Templates.edit(new NorthStarForm(null, null, null, null, new LinkedHashMap<>()));
    }

    @POST
    @Transactional
    public Response save(@RestForm String title, @RestForm String why) {
        NorthStarForm form = new NorthStarForm(null, title, why, null, new LinkedHashMap<>());
        if (!form.validate()) {
            return Response.status(422).entity(Templates.edit(form)).build();
        }
        NorthStar star = new NorthStar();
        star.owner = Person.getEntityManager().getReference(Person.class, currentPerson.id());
        star.title = GoalForm.clean(title);
        star.why = GoalForm.clean(why);
        star.createdAt = clock.instant();
        star.persist();
        return Response.seeOther(URI.create("/goals/new?northStar=" + star.id)).build();
    }

    @GET
    @Path("{id: \\d+}/edit")
    @Transactional
    public TemplateInstance edit(@PathParam("id") Long id) {
        return Templates.edit(NorthStarForm.of(owned(id)));
    }

    @POST
    @Path("{id: \\d+}")
    @Transactional
    public Response update(
            @PathParam("id") Long id, @RestForm String title, @RestForm String why, @RestForm String version) {
        NorthStar star = owned(id);
        NorthStarForm form = new NorthStarForm(id, title, why, version, new LinkedHashMap<>());
        if (!form.validate()) {
            return Response.status(422).entity(Templates.edit(form)).build();
        }
        if (!String.valueOf(star.version).equals(GoalForm.clean(version))) {
            form.errors()
                    .put(
                            "form",
                            "This north star was changed in another window; it now reads \"" + star.title
                                    + "\". Your text is still below: save again to keep it.");
            return Response.status(409)
                    .entity(Templates.edit(
                            new NorthStarForm(id, title, why, String.valueOf(star.version), form.errors())))
                    .build();
        }
        star.title = GoalForm.clean(title);
        star.why = GoalForm.clean(why);
        return Response.seeOther(URI.create("/goals")).build();
    }

    private NorthStar owned(Long id) {
        return NorthStar.findOwned(id, currentPerson.id()).orElseThrow(NotFoundException::new);
    }
}
