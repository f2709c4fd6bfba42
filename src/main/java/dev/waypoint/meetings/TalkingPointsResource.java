package dev.waypoint.meetings;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
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
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** A session's talking points: add, add a check-in's answer, tick as covered, reorder, delete, move on. */
@Path("/mentorships/{mentorship: \\d+}/sessions/{meeting: \\d+}/points")
@Authenticated
@Blocking
public class TalkingPointsResource {

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
            @BeanParam TalkingPointForm form) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Meeting meeting = open(mentorshipId, meetingId);
        if (!form.validate()) {
            return answer.refusedInPlace(
                    Refusal.INVALID,
                    () -> MeetingResource.views(
                            MeetingPage.load(side, meeting, clock.instant(), forms -> forms.with(form)),
                            MeetingResource.Templates::show$points));
        }
        TalkingPoint point = newPoint(side, meeting);
        point.body = form.cleanBody();
        point.shared = !form.isPrivate();
        point.persist();
        return changed(side, meeting, Confirmation.POINT_ADDED);
    }

    /**
     * One answer of a check-in the mentee shared with mentors, as a point both see. The check-in
     * must be shared with mentors now; the point reads it live, so unsharing it hides the point.
     */
    @POST
    @Path("from-check-in")
    @Transactional
    public Response addFromCheckIn(
            @PathParam("mentorship") Long mentorshipId,
            @PathParam("meeting") Long meetingId,
            @RestForm Long checkIn,
            @RestForm String answer) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Meeting meeting = open(mentorshipId, meetingId);
        TalkingPoint.Answer which = Arrays.stream(TalkingPoint.Answer.values())
                .filter(a -> a.name().equals(answer))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        CheckIn shared = CheckIn.<CheckIn>find(
                        "id = ?1 and owner.id = ?2 and submitted = true and sharedWithMentors = true",
                        checkIn,
                        side.mentee().id)
                .firstResultOptional()
                .filter(c -> which.of(c) != null)
                .orElseThrow(NotFoundException::new);
        boolean already = TalkingPoint.count(
                        "meeting = ?1 and checkIn = ?2 and answer = ?3 and coveredAt is null", meeting, shared, which)
                > 0;
        if (!already) {
            TalkingPoint point = newPoint(side, meeting);
            point.checkIn = shared;
            point.answer = which;
            point.shared = true;
            point.persist();
        }
        return changed(side, meeting, Confirmation.POINT_ADDED);
    }

    @POST
    @Path("{point: \\d+}/cover")
    @Transactional
    public Response cover(
            @PathParam("mentorship") Long mentorshipId,
            @PathParam("meeting") Long meetingId,
            @PathParam("point") Long pointId) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Meeting meeting = Meeting.findFor(mentorshipId, meetingId).orElseThrow(NotFoundException::new);
        TalkingPoint point = seen(side, meeting, pointId);
        point.coveredAt = point.isCovered() ? null : clock.instant();
        return changed(side, meeting, point.isCovered() ? Confirmation.POINT_COVERED : Confirmation.POINT_REOPENED);
    }

    @POST
    @Path("{point: \\d+}/move")
    @Transactional
    public Response move(
            @PathParam("mentorship") Long mentorshipId,
            @PathParam("meeting") Long meetingId,
            @PathParam("point") Long pointId,
            @RestForm String direction) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Meeting meeting = open(mentorshipId, meetingId);
        List<TalkingPoint> points = TalkingPoint.seenBy(meeting.id, side.me().id);
        TalkingPoint point =
                points.stream().filter(p -> p.id.equals(pointId)).findFirst().orElseThrow(NotFoundException::new);
        int index = points.indexOf(point);
        int other = "up".equals(direction) ? index - 1 : index + 1;
        if (other >= 0 && other < points.size()) {
            TalkingPoint neighbour = points.get(other);
            int position = point.position;
            point.position = neighbour.position;
            neighbour.position = position == neighbour.position ? position + (other > index ? -1 : 1) : position;
        }
        return changed(side, meeting, Confirmation.POINT_MOVED);
    }

    @POST
    @Path("{point: \\d+}/delete")
    @Transactional
    public Response delete(
            @PathParam("mentorship") Long mentorshipId,
            @PathParam("meeting") Long meetingId,
            @PathParam("point") Long pointId) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Meeting meeting = Meeting.findFor(mentorshipId, meetingId).orElseThrow(NotFoundException::new);
        TalkingPoint point = seen(side, meeting, pointId);
        if (!point.author.id.equals(side.me().id)) {
            throw new NotFoundException();
        }
        point.delete();
        TalkingPoint.flush();
        return changed(side, meeting, Confirmation.POINT_DELETED);
    }

    /** The points not yet covered go to the next session planned after this one. */
    @POST
    @Path("carry-over")
    @Transactional
    public Response carryOver(@PathParam("mentorship") Long mentorshipId, @PathParam("meeting") Long meetingId) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Meeting meeting = Meeting.findFor(mentorshipId, meetingId)
                .filter(m -> !m.isCancelled())
                .orElseThrow(NotFoundException::new);
        Meeting next = Meeting.nextOf(mentorshipId, clock.instant())
                .filter(m -> !m.id.equals(meeting.id) && m.startsAt.isAfter(meeting.startsAt))
                .orElseThrow(NotFoundException::new);
        TalkingPoint.moveOpen(meeting, next);
        return Answer.seeOther(MeetingResource.pathOf(next) + "#points", Confirmation.POINTS_CARRIED);
    }

    /** A session whose agenda can still grow: not cancelled. */
    private static Meeting open(Long mentorshipId, Long meetingId) {
        return Meeting.findFor(mentorshipId, meetingId)
                .filter(meeting -> !meeting.isCancelled())
                .orElseThrow(NotFoundException::new);
    }

    /** A point of the session the viewer may see; 404 for a private one of the other side's. */
    private static TalkingPoint seen(Side side, Meeting meeting, Long pointId) {
        return TalkingPoint.seenBy(meeting.id, side.me().id).stream()
                .filter(p -> p.id.equals(pointId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private TalkingPoint newPoint(Side side, Meeting meeting) {
        TalkingPoint point = new TalkingPoint();
        point.meeting = meeting;
        point.author = side.me();
        point.position = TalkingPoint.nextPosition(meeting.id);
        point.createdAt = clock.instant();
        return point;
    }

    private Response changed(Side side, Meeting meeting, Confirmation done) {
        Instant now = clock.instant();
        return answer.doneInPlace(
                MeetingResource.pathOf(meeting) + "#points",
                done,
                () -> MeetingResource.views(
                        MeetingPage.load(side, meeting, now), MeetingResource.Templates::show$points));
    }
}
