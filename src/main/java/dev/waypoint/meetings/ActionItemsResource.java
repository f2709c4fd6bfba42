package dev.waypoint.meetings;

import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.goals.Step;
import dev.waypoint.notifications.Notice;
import dev.waypoint.notifications.Notices;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.FormInput;
import dev.waypoint.web.Refusal;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A session's action items: either side writes one down for either of them; who does it ticks it;
 * a mentee turns theirs into a step of one of their goals, whose tick it then shares.
 */
@Path("/mentorships/{mentorship: \\d+}/sessions/{meeting: \\d+}/actions")
@Authenticated
@Blocking
public class ActionItemsResource {

    @Inject
    Notices notices;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Answer answer;

    @Inject
    Clock clock;

    @POST
    @Transactional
    public Response add(
            @PathParam("mentorship") Long mentorshipId,
            @PathParam("meeting") Long meetingId,
            @BeanParam ActionItemForm form) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Meeting meeting = Meeting.findFor(mentorshipId, meetingId)
                .filter(m -> !m.isCancelled())
                .orElseThrow(NotFoundException::new);
        if (!form.validate()) {
            return answer.refusedInPlace(
                    Refusal.INVALID,
                    () -> MeetingResource.views(
                            MeetingPage.load(side, meeting, clock.instant(), forms -> forms.with(form)),
                            MeetingResource.Templates::show$actions));
        }
        ActionItem action = new ActionItem();
        action.meeting = meeting;
        action.owner = form.forMentor() ? side.mentor() : side.mentee();
        action.author = side.me();
        action.body = form.cleanBody();
        action.dueOn = form.due();
        action.createdAt = clock.instant();
        action.persist();
        notices.tell(action.owner.id, Notice.Kind.ACTION_GIVEN, side.me().id, Notice.Subject.MEETING, meeting.id);
        return changed(side, meeting, Confirmation.ACTION_ADDED);
    }

    /** Who does it ticks it; a step it became is ticked with it. */
    @POST
    @Path("{action: \\d+}/toggle")
    @Transactional
    public Response toggle(
            @PathParam("mentorship") Long mentorshipId,
            @PathParam("meeting") Long meetingId,
            @PathParam("action") Long actionId) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Meeting meeting = Meeting.findFor(mentorshipId, meetingId).orElseThrow(NotFoundException::new);
        ActionItem action = find(meeting, actionId);
        if (!action.owner.id.equals(side.me().id)) {
            throw new NotFoundException();
        }
        action.setDone(!action.isDone(), clock.instant());
        return changed(side, meeting, action.isDone() ? Confirmation.ACTION_DONE : Confirmation.ACTION_REOPENED);
    }

    /**
     * The mentee's action becomes a step on one of their active goals, or on a new goal named after
     * it ({@code goal=new}). From then on the step's tick is the action's.
     */
    @POST
    @Path("{action: \\d+}/step")
    @Transactional
    public Response makeStep(
            @PathParam("mentorship") Long mentorshipId,
            @PathParam("meeting") Long meetingId,
            @PathParam("action") Long actionId,
            @RestForm String goal) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Meeting meeting = Meeting.findFor(mentorshipId, meetingId).orElseThrow(NotFoundException::new);
        ActionItem action = find(meeting, actionId);
        if (side.isMentor() || !action.owner.id.equals(side.me().id) || action.step != null) {
            throw new NotFoundException();
        }
        Instant now = clock.instant();
        Goal target = "new".equals(goal) ? Goal.named(side.me(), action.body, now) : owned(goal, side);
        action.step = target.appendStep(FormInput.shortened(action.body, Step.TITLE_MAX), action.dueOn, now);
        if (action.doneAt != null) {
            action.step.markDone(true, action.doneAt);
        }
        return Answer.seeOther("/goals/" + target.id + "#steps", Confirmation.ACTION_STEPPED);
    }

    @POST
    @Path("{action: \\d+}/delete")
    @Transactional
    public Response delete(
            @PathParam("mentorship") Long mentorshipId,
            @PathParam("meeting") Long meetingId,
            @PathParam("action") Long actionId) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Meeting meeting = Meeting.findFor(mentorshipId, meetingId).orElseThrow(NotFoundException::new);
        ActionItem action = find(meeting, actionId);
        if (!action.author.id.equals(side.me().id) && !action.owner.id.equals(side.me().id)) {
            throw new NotFoundException();
        }
        action.delete();
        ActionItem.flush();
        return changed(side, meeting, Confirmation.ACTION_DELETED);
    }

    private static ActionItem find(Meeting meeting, Long actionId) {
        return ActionItem.<ActionItem>find("id = ?1 and meeting = ?2", actionId, meeting)
                .firstResultOptional()
                .orElseThrow(NotFoundException::new);
    }

    private static Goal owned(String goalId, Side side) {
        try {
            return Goal.findOwned(Long.valueOf(goalId), side.me().id)
                    .filter(g -> g.status == GoalStatus.ACTIVE)
                    .orElseThrow(NotFoundException::new);
        } catch (NumberFormatException garbled) {
            throw new NotFoundException();
        }
    }

    private Response changed(Side side, Meeting meeting, Confirmation done) {
        return answer.doneInPlace(
                MeetingResource.pathOf(meeting) + "#actions",
                done,
                () -> MeetingResource.views(
                        MeetingPage.load(side, meeting, clock.instant()), MeetingResource.Templates::show$actions));
    }
}
