package dev.waypoint.people;

import dev.waypoint.web.Htmx;
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
import java.net.URI;
import java.util.List;

@Path("/profile")
@Authenticated
@Blocking
public class ProfileResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(ProfileForm form, List<String> timeZones, boolean saved);

        static native TemplateInstance edit$form(ProfileForm form, List<String> timeZones, boolean saved);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Htmx htmx;

    @GET
    public TemplateInstance edit(@QueryParam("saved") boolean saved) {
        return render(ProfileForm.of(currentPerson.get()), saved);
    }

    @POST
    @Transactional
    public Response update(@BeanParam ProfileForm form) {
        Person person = Person.findById(currentPerson.id());
        if (!form.validate()) {
            return Response.status(422).entity(render(form, false)).build();
        }
        if (form.loadedVersion() != person.version) {
            form.reject("form", ChangedElsewhere.describe(person));
            form.version = String.valueOf(person.version);
            return Response.status(Response.Status.CONFLICT)
                    .entity(render(form, false))
                    .build();
        }
        form.applyTo(person);
        person.flush();
        if (htmx.isRequest()) {
            return Response.ok(render(ProfileForm.of(person), true)).build();
        }
        return Response.seeOther(URI.create("/profile?saved=true")).build();
    }

    private TemplateInstance render(ProfileForm form, boolean saved) {
        return htmx.pageOrFragment(
                () -> Templates.edit(form, TimeZones.ids(), saved),
                () -> Templates.edit$form(form, TimeZones.ids(), saved));
    }

    /** Says what the profile holds now, so a person whose edit lost a race can choose. */
    static final class ChangedElsewhere {
        private ChangedElsewhere() {}

        static String describe(Person saved) {
            return "Your profile was changed in another window while you were editing. It now says: "
                    + saved.displayName + ", " + saved.timeZone + ", check-in on "
                    + DayNames.label(saved.checkInDay)
                    + ". Your version is still in the form below; save again to keep it.";
        }
    }
}
