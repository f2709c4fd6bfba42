package dev.waypoint.admin;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.calendar.CalendarFeed;
import dev.waypoint.checkins.Reminders;
import dev.waypoint.people.Erasure;
import dev.waypoint.people.Person;
import dev.waypoint.sessions.WebSessions;
import dev.waypoint.tokens.AccessToken;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.NameConfirmation;
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
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The instance's people, for its admins: find someone, then deactivate, reactivate or delete them.
 * Each action first shows what it will do and asks to confirm; each is recorded in the audit log.
 */
@Path("/admin/people")
@Authenticated
@Blocking
public class AdminPeopleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AdminPeople people);
    }

    private static final String BACK = "/admin/people";

    @Inject
    java.time.Clock clock;

    @Inject
    AdminScope scope;

    @Inject
    WebSessions sessions;

    @Inject
    AuditLog audit;

    @GET
    @Transactional
    public TemplateInstance list(@RestQuery String q, @RestQuery Integer page) {
        scope.admin();
        return Templates.list(AdminPeople.load(q, page == null ? 1 : page));
    }

    @GET
    @Path("{id: \\d+}/deactivate")
    @Transactional
    public TemplateInstance confirmDeactivate(@PathParam("id") Long id) {
        return AdminResource.Templates.confirm(deactivation(other(id)));
    }

    /** They are signed out everywhere, cannot use Waypoint, and nothing of theirs shows to anyone; nothing is deleted. */
    @POST
    @Path("{id: \\d+}/deactivate")
    @Transactional
    public Response deactivate(@PathParam("id") Long id) {
        Person admin = scope.admin();
        Person person = other(id);
        if (person.active) {
            person.active = false;
            sessions.endAllOf(person.id);
            // Sessions from before sessions knew their person are found by the provider's identity.
            sessions.endAll(person.issuer, person.subject);
            // Keys handed to scripts and calendar apps end for good: reactivation gives back the
            // account, not keys that may have leaked while it was closed.
            AccessToken.revokeAllOf(person.id);
            CalendarFeed.close(person.id);
            audit.record(AuditKind.PERSON_DEACTIVATED, admin.id, person.id, null);
        }
        return Answer.seeOther(BACK + "?q=" + encoded(person.displayName), Confirmation.PERSON_DEACTIVATED);
    }

    @GET
    @Path("{id: \\d+}/reactivate")
    @Transactional
    public TemplateInstance confirmReactivate(@PathParam("id") Long id) {
        Person person = other(id);
        return AdminResource.Templates.confirm(Confirm.to(
                "Reactivate",
                person.displayName,
                person.displayName + " will be able to sign in again, and what they shared with mentors and teams"
                        + " shows to them again.",
                "/admin/people/" + id + "/reactivate",
                false,
                BACK));
    }

    @POST
    @Path("{id: \\d+}/reactivate")
    @Transactional
    public Response reactivate(@PathParam("id") Long id) {
        Person admin = scope.admin();
        Person person = other(id);
        if (!person.active) {
            person.active = true;
            audit.record(AuditKind.PERSON_REACTIVATED, admin.id, person.id, null);
            // The reminder job stopped looking at them while they were away.
            Reminders.lookAgainFrom(person.id, clock.instant());
        }
        return Answer.seeOther(BACK + "?q=" + encoded(person.displayName), Confirmation.PERSON_REACTIVATED);
    }

    @GET
    @Path("{id: \\d+}/delete")
    @Transactional
    public TemplateInstance confirmDelete(@PathParam("id") Long id) {
        Person person = other(id);
        return AdminResource.Templates.confirm(deletion(person).typing(person.displayName, NameConfirmation.blank()));
    }

    /** Deletes the person and everything that is theirs, as if they had left themselves; their sessions end. */
    @POST
    @Path("{id: \\d+}/delete")
    @Transactional
    public Response delete(@PathParam("id") Long id, @BeanParam NameConfirmation typed) {
        Person admin = scope.admin();
        Person person = other(id);
        String refusal = "Nothing was deleted: type their name exactly as it is shown, " + person.displayName + ".";
        if (!typed.confirms(person.displayName, refusal)) {
            return Answer.refused(
                    Refusal.INVALID,
                    AdminResource.Templates.confirm(deletion(person).typing(person.displayName, typed)));
        }
        Erasure.erase(person);
        audit.record(AuditKind.PERSON_DELETED, admin.id, null, null);
        return Answer.seeOther(BACK, Confirmation.PERSON_DELETED);
    }

    /** Someone other than the admin themselves (their own account is looked after on "Your data"). */
    private Person other(Long id) {
        Person admin = scope.admin();
        if (admin.id.equals(id)) {
            throw new NotFoundException();
        }
        return Person.<Person>findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    private static Confirm deactivation(Person person) {
        return Confirm.to(
                "Deactivate",
                person.displayName,
                person.displayName + " is signed out on every device at once and cannot use Waypoint until reactivated."
                        + " Their mentors and teams no longer see anything of theirs. Their access tokens and"
                        + " calendar feed address stop working for good; once reactivated they make new ones."
                        + " Nothing else is deleted.",
                "/admin/people/" + person.id + "/deactivate",
                true,
                BACK);
    }

    private static Confirm deletion(Person person) {
        return Confirm.of(
                "Delete " + person.displayName + "'s account?",
                "This deletes everything that is theirs: north stars, goals, steps, check-ins, reflections,"
                        + " milestones, comments they wrote and those on their things, invitations, mentorships and team"
                        + " memberships. Teams they led keep running with their other leads. It cannot be undone.",
                "/admin/people/" + person.id + "/delete",
                "Delete " + person.displayName + " and all their data",
                true,
                BACK);
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
