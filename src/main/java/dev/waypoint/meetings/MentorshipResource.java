package dev.waypoint.meetings;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.milestones.Milestone;
import dev.waypoint.milestones.MilestoneKind;
import dev.waypoint.notifications.Notice;
import dev.waypoint.notifications.Notices;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * A mentorship's own page, for its two people: the agreement and its review, the sessions to come
 * and past, planning one, and a good ending.
 */
@Path("/mentorships/{mentorship: \\d+}")
@Authenticated
@Blocking
public class MentorshipResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(MentorshipPage page);
    }

    @Inject
    Notices notices;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("mentorship") Long mentorshipId) {
        Side side = Side.of(mentorshipId, currentPerson.id()).orElseThrow(NotFoundException::new);
        return Templates.page(MentorshipPage.load(side, clock.instant()));
    }

    @POST
    @Path("sessions")
    @Transactional
    public Response plan(@PathParam("mentorship") Long mentorshipId, @BeanParam MeetingForm form) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Instant now = clock.instant();
        Meeting.When when = form.validate(side.me().zone(), now);
        if (when == null) {
            return refused(side, forms -> forms.with(form));
        }
        Meeting meeting = Meeting.plan(side.mentorship(), side.me(), when, form.cleanPlace(), form.repeatWeeks(), now);
        meeting.persist();
        notices.tell(side.other().id, Notice.Kind.SESSION_PLANNED, side.me().id, Notice.Subject.MEETING, meeting.id);
        TalkingPoint.takeWaiting(meeting);
        return Answer.seeOther(MeetingResource.pathOf(meeting), Confirmation.SESSION_PLANNED);
    }

    /** Drafts or changes the agreement: this side agrees, the other is asked to confirm. */
    @POST
    @Path("agreement")
    @Transactional
    public Response agreement(@PathParam("mentorship") Long mentorshipId, @BeanParam AgreementForm form) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Instant now = clock.instant();
        LocalDate today = now.atZone(side.me().zone()).toLocalDate();
        Agreement agreement = Agreement.of(mentorshipId).orElse(null);
        int saved = agreement == null ? -1 : agreement.version;
        if (form.loadedVersion() != saved) {
            form.reload(
                    saved,
                    "The other person changed the agreement while you were typing."
                            + " Your version is below; save it to propose it instead.");
            return refused(side, Refusal.CONFLICT, forms -> forms.with(form));
        }
        Linkable linkable = Linkable.to(side);
        if (!form.validate(linkable, today)) {
            return refused(side, forms -> forms.with(form));
        }
        if (agreement == null) {
            agreement = new Agreement();
            agreement.mentorship = side.mentorship();
        }
        agreement.draft(
                side, form.cleanFocus(), form.everyWeeks(), form.review(), linkable, form.chosen(linkable), now);
        agreement.persist();
        return Answer.seeOther(side.path() + "#agreement", Confirmation.AGREEMENT_SAVED);
    }

    /** The other side agrees to the agreement as it stands. */
    @POST
    @Path("agreement/confirm")
    @Transactional
    public Response confirm(@PathParam("mentorship") Long mentorshipId) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Agreement agreement = Agreement.of(mentorshipId).orElseThrow(NotFoundException::new);
        if (!agreement.agreedBy(side) && agreement.confirm(side, clock.instant())) {
            audit.record(AuditKind.AGREEMENT_CONFIRMED, side.me().id, side.other().id, null);
        }
        return Answer.seeOther(side.path() + "#agreement", Confirmation.AGREEMENT_CONFIRMED);
    }

    /** After a review: going on, with the next date to look back. */
    @POST
    @Path("agreement/review")
    @Transactional
    public Response goOn(@PathParam("mentorship") Long mentorshipId, @BeanParam ReviewForm form) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Agreement agreement = Agreement.of(mentorshipId).orElseThrow(NotFoundException::new);
        if (!form.validate(clock.instant().atZone(side.me().zone()).toLocalDate())) {
            return refused(side, forms -> forms.with(form));
        }
        agreement.reviewOn = form.review();
        return Answer.seeOther(side.path() + "#agreement", Confirmation.REVIEW_MOVED);
    }

    /**
     * Either side closes the mentorship with a reflection: why, what went well, what was achieved.
     * Access ends at once, as with "End" on People; the record stays with the mentee.
     */
    @POST
    @Path("close")
    @Transactional
    public Response close(@PathParam("mentorship") Long mentorshipId, @BeanParam ClosingForm form) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        if (!form.validate()) {
            return refused(side, forms -> forms.with(form));
        }
        Instant now = clock.instant();
        Closing closing = new Closing();
        closing.mentorship = side.mentorship();
        closing.closedBy = side.me();
        closing.reason = form.choice();
        closing.wentWell = ClosingForm.clean(form.wentWell);
        closing.achieved = ClosingForm.clean(form.achieved);
        closing.closedAt = now;
        closing.persist();
        side.mentorship().end(now);
        audit.record(AuditKind.MENTORSHIP_CLOSED, side.me().id, side.other().id, closing.reason.label());
        return Answer.seeOther(side.isMentor() ? "/people" : side.path(), Confirmation.MENTORSHIP_CLOSED);
    }

    /** The mentee keeps "what we achieved" as a milestone, which the brag document lists too. */
    @POST
    @Path("closing/milestone")
    @Transactional
    public Response keepAsMilestone(@PathParam("mentorship") Long mentorshipId) {
        Side side = Side.of(mentorshipId, currentPerson.id()).orElseThrow(NotFoundException::new);
        Closing closing = Closing.of(mentorshipId)
                .filter(c -> !side.isMentor() && c.milestone == null && c.achieved != null)
                .orElseThrow(NotFoundException::new);
        Milestone milestone = new Milestone();
        milestone.owner = side.me();
        milestone.happenedOn = LocalDate.ofInstant(closing.closedAt, side.me().zone());
        milestone.kind = MilestoneKind.MENTORING;
        milestone.title = "What I achieved with " + side.other().displayName + " as my mentor";
        milestone.story = closing.achieved;
        milestone.createdAt = clock.instant();
        milestone.persist();
        closing.milestone = milestone;
        return Answer.seeOther("/milestones/" + milestone.id, Confirmation.ACHIEVED_KEPT);
    }

    private Response refused(Side side, UnaryOperator<MentorshipPage.Forms> typed) {
        return refused(side, Refusal.INVALID, typed);
    }

    private Response refused(Side side, Refusal why, UnaryOperator<MentorshipPage.Forms> typed) {
        return Answer.refused(why, Templates.page(MentorshipPage.load(side, clock.instant(), typed)));
    }
}
