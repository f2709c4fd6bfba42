package dev.waypoint.account;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.tokens.AccessTokenForm;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.Refusal;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/** What a person wants by e-mail, kind by kind, and their quiet hours, from the profile. */
@Path("/profile/e-mail")
@Authenticated
@Blocking
public class EmailSettingsResource {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @POST
    @Transactional
    public Response save(@BeanParam EmailForm form) {
        Person person = currentPerson.get();
        if (!form.validate()) {
            return Answer.refused(
                    Refusal.INVALID,
                    ProfileResource.page(person, null, AccessTokenForm.empty(), null, clock.instant(), form));
        }
        form.applyTo(person);
        return Answer.seeOther("/profile#e-mail", Confirmation.EMAIL_CHOICES_SAVED);
    }
}
