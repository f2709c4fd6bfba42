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
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/** North stars: the long-term aspirations goals roll up to. */
@Path("/north-stars")
@Authenticated
@Blocking
public class NorthStarsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(NorthStarForm form);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @GET
    @Path("new")
    public TemplateInstance create() {
        return Templates.edit(new NorthStarForm());
    }

    @POST
    @Transactional
    public Response save(@BeanParam NorthStarForm form) {
        if (!form.validate()) {
            return Answer.refused(Refusal.INVALID, Templates.edit(form));
        }
        NorthStar star = new NorthStar();
        star.owner = Person.getEntityManager().getReference(Person.class, currentPerson.id());
        form.applyTo(star);
        star.createdAt = clock.instant();
        star.persist();
        return Answer.seeOther("/goals/new?northStar=" + star.id, Confirmation.NORTH_STAR_SET);
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
    public Response update(@PathParam("id") Long id, @BeanParam NorthStarForm form) {
        NorthStar star = owned(id);
        form.id = id;
        if (!form.validate()) {
            return Answer.refused(Refusal.INVALID, Templates.edit(form));
        }
        if (form.loadedVersion() != star.version) {
            form.reload(
                    star.version,
                    "This north star was changed in another window; it now reads \"" + star.title
                            + "\". Your text is still below: save again to keep it.");
            return Answer.refused(Refusal.CONFLICT, Templates.edit(form));
        }
        form.applyTo(star);
        return Answer.seeOther("/goals", Confirmation.NORTH_STAR_SAVED);
    }

    private NorthStar owned(Long id) {
        return NorthStar.findOwned(id, currentPerson.id()).orElseThrow(NotFoundException::new);
    }
}
