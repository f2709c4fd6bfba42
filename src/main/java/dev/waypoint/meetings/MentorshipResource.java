package dev.waypoint.meetings;

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

/** A mentorship's own page, for its two people: the sessions to come and past, and planning one. */
@Path("/mentorships/{mentorship: \\d+}")
@Authenticated
@Blocking
public class MentorshipResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(MentorshipPage page);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("mentorship") Long mentorshipId) {
        Side side = Side.of(mentorshipId, currentPerson.id()).orElseThrow(NotFoundException::new);
        Instant now = clock.instant();
        return Templates.page(MentorshipPage.load(side, now, MeetingForm.fresh(side.me(), now)));
    }

    @POST
    @Path("sessions")
    @Transactional
    public Response plan(@PathParam("mentorship") Long mentorshipId, @BeanParam MeetingForm form) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Instant now = clock.instant();
        Meeting.When when = form.validate(side.me().zone(), now);
        if (when == null) {
            return Answer.refused(Refusal.INVALID, Templates.page(MentorshipPage.load(side, now, form)));
        }
        Meeting meeting = Meeting.plan(side.mentorship(), side.me(), when, form.cleanPlace(), form.repeatWeeks(), now);
        meeting.persist();
        TalkingPoint.takeWaiting(meeting);
        return Answer.seeOther(MeetingResource.pathOf(meeting), Confirmation.SESSION_PLANNED);
    }
}
