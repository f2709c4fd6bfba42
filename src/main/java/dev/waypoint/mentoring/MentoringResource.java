package dev.waypoint.mentoring;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.CheckInNote;
import dev.waypoint.checkins.Week;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.feedback.Feedback;
import dev.waypoint.meetings.Meeting;
import dev.waypoint.notifications.NeedsYou;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.ReadOnlyPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;

/** The mentor's side: the dashboard of mentees, and reading a check-in a mentee shared. */
@Path("/mentoring")
@Authenticated
@Blocking
public class MentoringResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(MentorDashboard dashboard);

        static native TemplateInstance dashboard$needsYou(MentorDashboard dashboard);

        static native TemplateInstance mentee(MenteePage page, int weeks);

        static native TemplateInstance checkIn(
                CheckIn checkIn,
                List<CheckInNote> notes,
                List<Feedback> feedback,
                boolean acknowledged,
                boolean canAcknowledge,
                Mentorship mentorship,
                Meeting nextSession);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @Inject
    Answer answer;

    /** The mentees who might like a nudge first; the first twelve, or all with {@code ?all=true}. */
    @GET
    @Transactional
    public TemplateInstance dashboard(@QueryParam("all") boolean all) {
        Long mentorId = currentPerson.id();
        ReadOnlyPage.begin();
        return Templates.dashboard(MentorDashboard.load(mentorId, clock, all));
    }

    /** "Not now" on an item of the mentor's "needs you" list; 404 for anything not on it. */
    @POST
    @Path("needs-you/{item}/not-now")
    @Transactional
    public Response notNow(@PathParam("item") String key) {
        Person mentor = currentPerson.get();
        MentorDashboard dashboard = MentorDashboard.load(mentor.id, clock, false);
        NeedsYou.Item item = dashboard.needsYou().find(key).orElseThrow(NotFoundException::new);
        NeedsYou.notNow(mentor, item, clock);
        return answer.doneInPlace(
                "/mentoring#needs-you",
                Confirmation.PUT_OFF,
                () -> Answer.Views.ofFragments(Templates.dashboard$needsYou(
                        dashboard.with(dashboard.needsYou().without(item)))));
    }

    /** How far back a mentee's page lists their shared check-ins. */
    static final int MENTEE_PAGE_WEEKS = 26;

    /** Everything one mentee shares with this mentor; 404 for anyone who is not their active mentor. */
    @GET
    @Path("mentees/{mentee: \\d+}")
    @Transactional
    public TemplateInstance mentee(@PathParam("mentee") Long menteeId) {
        MenteePage page = MenteePage.load(currentPerson.id(), menteeId, clock, MENTEE_PAGE_WEEKS)
                .orElseThrow(NotFoundException::new);
        return Templates.mentee(page, MENTEE_PAGE_WEEKS);
    }

    @GET
    @Path("mentees/{mentee: \\d+}/check-ins/{week: \\d{4}-W\\d{2}}")
    @Transactional
    public TemplateInstance checkIn(@PathParam("mentee") Long menteeId, @PathParam("week") String weekId) {
        Long viewer = currentPerson.id();
        Week week = Week.parse(weekId).orElseThrow(NotFoundException::new);
        // This page is for active mentors of what was shared with mentors; team mates read a
        // check-in shared with their team on the team's page, without the notes on goals.
        Mentorship mentorship = Mentorship.active(viewer, menteeId).orElseThrow(NotFoundException::new);
        CheckIn checkIn = CheckIn.findVisible(menteeId, week, viewer)
                .filter(c -> c.submitted && c.sharedWithMentors)
                .filter(c -> !c.owner.id.equals(viewer))
                .orElseThrow(NotFoundException::new);
        List<Feedback> feedback = Feedback.on(Feedback.Item.CHECK_IN, checkIn.id);
        boolean acknowledged =
                feedback.stream().anyMatch(f -> f.kind == Feedback.Kind.ACKNOWLEDGEMENT && f.author.id.equals(viewer));
        // Notes about goals the mentee keeps private stay private.
        List<CheckInNote> notes = CheckInNote.of(checkIn.id).stream()
                .filter(note -> note.goal.sharedWithMentors)
                .toList();
        Meeting next = Meeting.nextOf(mentorship.id, clock.instant()).orElse(null);
        return Templates.checkIn(checkIn, notes, feedback, acknowledged, !acknowledged, mentorship, next);
    }
}
