package dev.waypoint.account;

import dev.waypoint.calendar.CalendarFeed;
import dev.waypoint.checkins.Reminders;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.DayNames;
import dev.waypoint.people.Person;
import dev.waypoint.people.ProfileForm;
import dev.waypoint.people.TimeZonesResource;
import dev.waypoint.tokens.AccessToken;
import dev.waypoint.tokens.AccessTokenForm;
import dev.waypoint.tokens.AccessTokens;
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
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;

@Path("/profile")
@Authenticated
@Blocking
public class ProfileResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(
                ProfileForm form,
                String timeZones,
                boolean saved,
                CalendarFeed calendarFeed,
                String newFeedAddress,
                AccessTokens accessTokens,
                EmailForm email);

        static native TemplateInstance edit$form(ProfileForm form, String timeZones, boolean saved);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Answer answer;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance edit() {
        return page(currentPerson.get(), null, AccessTokenForm.empty(), null, clock.instant());
    }

    /**
     * The profile as saved, with the calendar feed's state and the access tokens; right after one
     * is made, the feed's new address or the new token, shown this once.
     */
    static TemplateInstance page(
            Person person, String newFeedAddress, AccessTokenForm tokenForm, AccessToken.Issued newToken, Instant now) {
        return page(person, newFeedAddress, tokenForm, newToken, now, EmailForm.of(person));
    }

    /** The same, with the e-mail choices as typed (a refused save). */
    static TemplateInstance page(
            Person person,
            String newFeedAddress,
            AccessTokenForm tokenForm,
            AccessToken.Issued newToken,
            Instant now,
            EmailForm email) {
        return Templates.edit(
                ProfileForm.of(person),
                TimeZonesResource.URL,
                false,
                CalendarFeed.of(person.id).orElse(null),
                newFeedAddress,
                AccessTokens.of(person.id, tokenForm, newToken, now),
                email);
    }

    @POST
    @Transactional
    public Response update(@BeanParam ProfileForm form) {
        Person person = Person.findById(currentPerson.id());
        if (!form.validate()) {
            return refused(Refusal.INVALID, form);
        }
        if (form.loadedVersion() != person.version) {
            form.reload(person.version, ChangedElsewhere.describe(person));
            return refused(Refusal.CONFLICT, form);
        }
        form.applyTo(person);
        person.flush();
        // A new day, zone or choice: the reminder job works out the next reminder again.
        Reminders.lookAgainFrom(person.id, clock.instant());
        return answer.doneInPlace("/profile", Confirmation.PROFILE_SAVED, () -> views(ProfileForm.of(person), true));
    }

    private Response refused(Refusal why, ProfileForm form) {
        return answer.refusedInPlace(why, () -> views(form, false));
    }

    private Answer.Views views(ProfileForm form, boolean saved) {
        return new Answer.Views(
                Templates.edit(
                        form,
                        TimeZonesResource.URL,
                        saved,
                        CalendarFeed.of(currentPerson.id()).orElse(null),
                        null,
                        AccessTokens.of(currentPerson.id(), AccessTokenForm.empty(), null, clock.instant()),
                        EmailForm.of(currentPerson.get())),
                Templates.edit$form(form, TimeZonesResource.URL, saved));
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
