package dev.waypoint.checkins;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.notifications.Notice;
import dev.waypoint.notifications.Notices;
import dev.waypoint.operations.Activity;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.teams.Membership;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.FormInput;
import dev.waypoint.web.Refusal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** One week's check-in: written and autosaved during the week, read-only afterwards. */
@Path("/check-ins/{week: \\d{4}-W\\d{2}}")
@Authenticated
@Blocking
public class CheckInResource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(CheckInPage page);

        static native TemplateInstance saveStatus(String message, boolean problem, String version);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Answer answer;

    @Inject
    Clock clock;

    @Inject
    Activity activity;

    @Inject
    AuditLog audit;

    @Inject
    Notices notices;

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("week") String weekId) {
        Person person = currentPerson.get();
        Week week = Week.parse(weekId).orElseThrow(NotFoundException::new);
        Week current = Week.current(clock, person.zone());
        if (week.compareTo(current) > 0) {
            throw new NotFoundException();
        }
        CheckInPage page = week.equals(current)
                ? CheckInPage.forCurrentWeek(person, week, null)
                : CheckInPage.forPastWeek(
                        CheckIn.findVisible(person.id, week, person.id).orElseThrow(NotFoundException::new));
        if (page.checkInId() != null) {
            notices.readOn(person, Notice.Subject.CHECK_IN, page.checkInId());
        }
        return Templates.show(page);
    }

    /** Autosave (htmx) or "Save draft" (no JavaScript). */
    @POST
    @Path("draft")
    @Transactional
    public Response saveDraft(@PathParam("week") String weekId, @BeanParam CheckInForm form) {
        return save(weekId, form, false);
    }

    @POST
    @Transactional
    public Response submit(@PathParam("week") String weekId, @BeanParam CheckInForm form) {
        return save(weekId, form, true);
    }

    private Response save(String weekId, CheckInForm form, boolean submitting) {
        Person person = currentPerson.get();
        Week week = Week.parse(weekId).orElseThrow(NotFoundException::new);
        Week current = Week.current(clock, person.zone());
        if (week.compareTo(current) > 0) {
            throw new NotFoundException();
        }
        if (week.compareTo(current) < 0) {
            form.reject(
                    FormInput.FORM, "That week is over, so its check-in can't change any more. This week's is open.");
            return refuse(person, current, form, Refusal.CONFLICT);
        }
        if (!form.validate(submitting)) {
            return refuse(person, week, form, Refusal.INVALID);
        }
        ensureExists(person, week);
        // Saves of one check-in take turns (an autosave and the submit, two tabs): each reads what
        // the one before it wrote, so neither fails on the other's notes or version.
        CheckIn checkIn = CheckIn.lockedOf(person.id, week);
        if (!submitting && checkIn.submitted) {
            form.reject(
                    FormInput.FORM,
                    "You've already checked in this week, so this draft changed nothing."
                            + " What you typed is still here: press “Update check-in” to keep it.");
            return refuse(person, week, form, Refusal.CONFLICT);
        }
        if (submitting && form.loadedVersion() >= 0 && form.loadedVersion() != checkIn.version) {
            form.reload(
                    checkIn.version,
                    "This check-in was changed in another window. What you typed is still here:"
                            + " save again to keep it.");
            return refuse(person, week, form, Refusal.CONFLICT);
        }
        Instant now = clock.instant();
        write(checkIn, form, person, submitting, now);
        String page = "/check-ins/" + week.id();
        if (submitting) {
            return Answer.seeOther(page, Confirmation.CHECK_IN_SUBMITTED);
        }
        // An autosave says so in its own line beside the form, not in the page's status line.
        String at = LocalTime.ofInstant(now, person.zone()).format(TIME);
        return answer.doneQuietlyInPlace(
                page,
                Confirmation.CHECK_IN_DRAFTED,
                () -> Templates.saveStatus("Draft saved at " + at + ".", false, String.valueOf(checkIn.version)));
    }

    /** What the form says, into the check-in: answers, notes, sharing (audited when it changed), submission. */
    private void write(CheckIn checkIn, CheckInForm form, Person person, boolean submitting, Instant now) {
        String sharedBefore = checkIn.sharing();
        boolean mentorsHadIt = checkIn.submitted && checkIn.sharedWithMentors;
        form.applyTo(checkIn);
        checkIn.replaceNotes(form.notesByGoal());
        checkIn.shareWithTeams(Membership.ofPerson(person.id), form::sharedWithTeam);
        String sharedNow = checkIn.sharing();
        if (!sharedNow.equals(sharedBefore)) {
            audit.record(AuditKind.SHARING_CHANGED, person.id, null, sharedNow);
        }
        if (submitting) {
            if (!checkIn.submitted) {
                checkIn.submitted = true;
                checkIn.submittedAt = now;
                activity.checkInSubmitted();
            }
            CheckIn.getEntityManager().lock(checkIn, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        if (checkIn.submitted && checkIn.sharedWithMentors && !mentorsHadIt) {
            notices.tellAll(
                    Mentorship.mentorsOf(person.id).stream()
                            .map(mentor -> mentor.id)
                            .toList(),
                    Notice.Kind.CHECK_IN_SHARED,
                    person.id,
                    Notice.Subject.CHECK_IN,
                    checkIn.id);
        }
        checkIn.updatedAt = now;
        checkIn.flush();
    }

    /** The page with the form as typed; for htmx (an autosave or a submit) the first reason beside the form. */
    private Response refuse(Person person, Week week, CheckInForm form, Refusal why) {
        return answer.refusedInPlace(
                why,
                () -> new Answer.Views(
                        Templates.show(CheckInPage.forCurrentWeek(person, week, form)),
                        Templates.saveStatus(form.errors().values().iterator().next(), true, form.version)));
    }

    /**
     * Makes the week's row exist, without loading it here (the locked read must be the first);
     * two first saves racing meet the unique (person, week) key.
     */
    private void ensureExists(Person person, Week week) {
        if (CheckIn.count("owner.id = ?1 and weekStart = ?2", person.id, week.start()) > 0) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                CheckIn fresh = new CheckIn();
                fresh.owner = Person.getEntityManager().getReference(Person.class, person.id);
                fresh.weekStart = week.start();
                fresh.sharedWithMentors = person.shareCheckIns;
                fresh.updatedAt = clock.instant();
                fresh.persist();
            });
        } catch (RuntimeException raceLost) {
            // The other request created it; both go on to update the same row.
        }
    }
}
