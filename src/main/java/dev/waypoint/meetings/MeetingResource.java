package dev.waypoint.meetings;

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
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One session: its page, changing or cancelling it, marking it held, the shared and private notes
 * and, afterwards, whether the mentee found it helpful.
 */
@Path("/mentorships/{mentorship: \\d+}/sessions/{meeting: \\d+}")
@Authenticated
@Blocking
public class MeetingResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(MeetingPage page);

        static native TemplateInstance show$points(MeetingPage page);

        static native TemplateInstance show$actions(MeetingPage page);

        static native TemplateInstance show$sharedNotes(MeetingPage page);

        static native TemplateInstance show$privateNotes(MeetingPage page);
    }

    @Inject
    Notices notices;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Answer answer;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("mentorship") Long mentorshipId, @PathParam("meeting") Long meetingId) {
        Side side = Side.of(mentorshipId, currentPerson.id()).orElseThrow(NotFoundException::new);
        Meeting meeting = Meeting.findFor(mentorshipId, meetingId).orElseThrow(NotFoundException::new);
        notices.readOn(side.me(), Notice.Subject.MEETING, meeting.id);
        return Templates.show(MeetingPage.load(side, meeting, clock.instant()));
    }

    @POST
    @Transactional
    public Response reschedule(
            @PathParam("mentorship") Long mentorshipId,
            @PathParam("meeting") Long meetingId,
            @BeanParam MeetingForm form) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Meeting meeting = changeable(mentorshipId, meetingId);
        Instant now = clock.instant();
        if (form.loadedVersion() != meeting.version) {
            form.reload(
                    meeting.version,
                    "The session was changed in another window or by the other person. "
                            + "It now shows the saved time; your changes are below. Save again to keep them.");
            return refused(Refusal.CONFLICT, side, meeting, forms -> forms.with(form), Templates::show);
        }
        Meeting.When when = form.validate(side.me().zone(), now);
        if (when == null) {
            return refused(Refusal.INVALID, side, meeting, forms -> forms.with(form), Templates::show);
        }
        meeting.reschedule(when, form.cleanPlace(), form.repeatWeeks());
        notices.tell(side.other().id, Notice.Kind.SESSION_MOVED, side.me().id, Notice.Subject.MEETING, meeting.id);
        return Answer.seeOther(pathOf(meeting), Confirmation.SESSION_CHANGED);
    }

    @POST
    @Path("cancel")
    @Transactional
    public Response cancel(@PathParam("mentorship") Long mentorshipId, @PathParam("meeting") Long meetingId) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Meeting meeting = changeable(mentorshipId, meetingId);
        meeting.cancel(clock.instant());
        notices.tell(side.other().id, Notice.Kind.SESSION_CANCELLED, side.me().id, Notice.Subject.MEETING, meeting.id);
        return Answer.seeOther(pathOf(meeting), Confirmation.SESSION_CANCELLED);
    }

    @POST
    @Path("held")
    @Transactional
    public Response held(@PathParam("mentorship") Long mentorshipId, @PathParam("meeting") Long meetingId) {
        Side.active(mentorshipId, currentPerson.id());
        Meeting meeting = changeable(mentorshipId, meetingId);
        Instant now = clock.instant();
        if (!meeting.hasBegun(now)) {
            throw new NotFoundException();
        }
        meeting.markHeld(now);
        return Answer.seeOther(pathOf(meeting), Confirmation.SESSION_HELD);
    }

    /** The shared notes, which both edit: a save that lost the race keeps its text and answers 409. */
    @POST
    @Path("notes")
    @Transactional
    public Response sharedNotes(
            @PathParam("mentorship") Long mentorshipId,
            @PathParam("meeting") Long meetingId,
            @BeanParam NotesForm form) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Meeting meeting = Meeting.findFor(mentorshipId, meetingId).orElseThrow(NotFoundException::new);
        if (form.loadedVersion() != meeting.notesVersion) {
            form.reload(
                    meeting.notesVersion,
                    "The other person saved these notes while you were typing. "
                            + "Your text is kept below; copy what you need into the saved notes and save again.");
            return refused(
                    Refusal.CONFLICT, side, meeting, forms -> forms.withSharedNotes(form), Templates::show$sharedNotes);
        }
        if (!form.validate()) {
            return refused(
                    Refusal.INVALID, side, meeting, forms -> forms.withSharedNotes(form), Templates::show$sharedNotes);
        }
        meeting.sharedNotes = form.cleanNotes();
        meeting.notesVersion++;
        return answer.doneInPlace(pathOf(meeting) + "#shared-notes", Confirmation.NOTES_SAVED, () -> {
            return views(MeetingPage.load(side, meeting, clock.instant()), Templates::show$sharedNotes);
        });
    }

    /** The viewer's own notes, which nobody else reads. */
    @POST
    @Path("private-notes")
    @Transactional
    public Response privateNotes(
            @PathParam("mentorship") Long mentorshipId,
            @PathParam("meeting") Long meetingId,
            @BeanParam NotesForm form) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Meeting meeting = Meeting.findFor(mentorshipId, meetingId).orElseThrow(NotFoundException::new);
        MeetingNote note = MeetingNote.of(meetingId, side.me().id).orElse(null);
        int saved = note == null ? -1 : note.version;
        if (form.loadedVersion() != saved) {
            form.reload(
                    saved, "You saved these notes in another window. Your text is kept below; save again to keep it.");
            return refused(
                    Refusal.CONFLICT,
                    side,
                    meeting,
                    forms -> forms.withPrivateNotes(form),
                    Templates::show$privateNotes);
        }
        if (!form.validate()) {
            return refused(
                    Refusal.INVALID,
                    side,
                    meeting,
                    forms -> forms.withPrivateNotes(form),
                    Templates::show$privateNotes);
        }
        String notes = form.cleanNotes();
        if (note == null && notes != null) {
            note = new MeetingNote();
            note.meeting = meeting;
            note.author = side.me();
            note.body = notes;
            note.persist();
        } else if (note != null && notes == null) {
            note.delete();
        } else if (note != null) {
            note.body = notes;
        }
        return answer.doneInPlace(pathOf(meeting) + "#private-notes", Confirmation.PRIVATE_NOTES_SAVED, () -> {
            MeetingNote.flush();
            return views(MeetingPage.load(side, meeting, clock.instant()), Templates::show$privateNotes);
        });
    }

    /** The mentee's word on a session once it has begun. */
    @POST
    @Path("helpful")
    @Transactional
    public Response helpful(
            @PathParam("mentorship") Long mentorshipId,
            @PathParam("meeting") Long meetingId,
            @BeanParam HelpfulForm form) {
        Side side = Side.active(mentorshipId, currentPerson.id());
        Meeting meeting = Meeting.findFor(mentorshipId, meetingId).orElseThrow(NotFoundException::new);
        if (side.isMentor() || !meeting.hasBegun(clock.instant())) {
            throw new NotFoundException();
        }
        if (!form.validate()) {
            return refused(Refusal.INVALID, side, meeting, forms -> forms.with(form), Templates::show);
        }
        meeting.helpful = form.choice();
        meeting.helpfulNote = form.cleanNote();
        return Answer.seeOther(pathOf(meeting) + "#helpful", Confirmation.HELPFUL_SAVED);
    }

    static String pathOf(Meeting meeting) {
        return "/mentorships/" + meeting.mentorship.id + "/sessions/" + meeting.id;
    }

    /** A session that can still be changed: planned, not yet cancelled or held. */
    private static Meeting changeable(Long mentorshipId, Long meetingId) {
        return Meeting.findFor(mentorshipId, meetingId)
                .filter(meeting -> meeting.status == Meeting.Status.PLANNED)
                .orElseThrow(NotFoundException::new);
    }

    /**
     * Refused: the page with the form as typed and why; htmx, which posted from {@code section},
     * gets that section.
     */
    private Response refused(
            Refusal why,
            Side side,
            Meeting meeting,
            UnaryOperator<MeetingPage.Forms> typed,
            Function<MeetingPage, TemplateInstance> section) {
        return answer.refusedInPlace(
                why, () -> views(MeetingPage.load(side, meeting, clock.instant(), typed), section));
    }

    /** The session's page and the one section of it a change updates. */
    static Answer.Views views(MeetingPage page, Function<MeetingPage, TemplateInstance> section) {
        return new Answer.Views(Templates.show(page), section.apply(page));
    }
}
