package dev.waypoint.milestones;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.circles.AudienceWords;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.feedback.Feedback;
import dev.waypoint.goals.Goal;
import dev.waypoint.notifications.Notice;
import dev.waypoint.notifications.Notices;
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
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** One milestone: its page, editing it, deleting it. */
@Path("/milestones/{id: \\d+}")
@Authenticated
@Blocking
public class MilestoneResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(
                Milestone milestone, String audience, boolean mine, List<Feedback> feedback);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Notices notices;

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("id") Long id) {
        Person viewer = currentPerson.get();
        Long viewerId = viewer.id;
        Milestone milestone = Milestone.findVisible(id, viewerId).orElseThrow(NotFoundException::new);
        boolean mine = milestone.owner.id.equals(viewerId);
        List<Feedback> feedback = Feedback.on(Feedback.Item.MILESTONE, id);
        notices.readOn(viewer, Notice.Subject.MILESTONE, id);
        String audience = mine
                ? AudienceWords.describe(
                        "milestone",
                        milestone.sharedWithMentors,
                        milestone.sharedWithMentors ? Mentorship.mentorsOf(viewerId) : List.of())
                : milestone.owner.displayName + " shared this milestone with you.";
        return Templates.show(milestone, audience, mine, feedback);
    }

    /** Shares the milestone with the owner's mentors, or makes it private again. */
    @POST
    @Path("sharing")
    @Transactional
    public Response share(@PathParam("id") Long id, @RestForm String share) {
        Milestone milestone = owned(id);
        milestone.sharedWithMentors = "on".equals(share);
        audit.record(
                AuditKind.SHARING_CHANGED,
                milestone.owner.id,
                null,
                AudienceWords.sharingNow("milestone #" + milestone.id, milestone.sharedWithMentors, List.of()));
        return Answer.seeOther("/milestones/" + id, Confirmation.MILESTONE_SHARING_CHANGED);
    }

    @GET
    @Path("edit")
    @Transactional
    public TemplateInstance edit(@PathParam("id") Long id) {
        Milestone milestone = owned(id);
        return MilestonesResource.Templates.edit(
                MilestoneForm.of(milestone),
                id,
                Goal.ownedBy(currentPerson.id()),
                null,
                Mentorship.hasMentor(currentPerson.id()));
    }

    @POST
    @Transactional
    public Response update(@PathParam("id") Long id, @BeanParam MilestoneForm form) {
        Person person = currentPerson.get();
        Milestone milestone = owned(id);
        List<Goal> goals = Goal.ownedBy(person.id);
        if (!form.validate(LocalDate.now(clock.withZone(person.zone())), goals)) {
            return Answer.refused(
                    Refusal.INVALID,
                    MilestonesResource.Templates.edit(form, id, goals, null, Mentorship.hasMentor(person.id)));
        }
        if (form.loadedVersion() != milestone.version) {
            form.reload(
                    milestone.version,
                    "This milestone was changed in another window; it now reads \"" + milestone.title
                            + "\". Your text is still below: save again to keep it.");
            return Answer.refused(
                    Refusal.CONFLICT,
                    MilestonesResource.Templates.edit(form, id, goals, null, Mentorship.hasMentor(person.id)));
        }
        form.applyTo(milestone, goals);
        return Answer.seeOther("/milestones/" + id, Confirmation.MILESTONE_SAVED);
    }

    @POST
    @Path("delete")
    @Transactional
    public Response delete(@PathParam("id") Long id) {
        Milestone milestone = owned(id);
        Feedback.deleteOn(Feedback.Item.MILESTONE, milestone.id);
        milestone.delete();
        return Answer.seeOther("/milestones", Confirmation.MILESTONE_DELETED);
    }

    private Milestone owned(Long id) {
        return Milestone.findOwned(id, currentPerson.id()).orElseThrow(NotFoundException::new);
    }
}
