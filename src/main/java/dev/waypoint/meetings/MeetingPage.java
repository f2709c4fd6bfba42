package dev.waypoint.meetings;

import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One session as either side sees it: when and where, the agenda (what it suggests from what the
 * mentee shared, and the talking points the viewer may see), the notes, the actions, and the forms
 * as typed when one was refused. A fixed number of statements, however long the history.
 */
public record MeetingPage(
        Side side,
        Meeting meeting,
        List<Agenda.Suggestion> suggestions,
        List<TalkingPoint> points,
        List<ActionItem> actions,
        Meeting next,
        List<Goal> goalsForSteps,
        Instant now,
        Forms forms) {

    /** Every form on the page, as typed when one was refused, or as saved. */
    public record Forms(
            MeetingForm meeting,
            TalkingPointForm point,
            NotesForm sharedNotes,
            NotesForm privateNotes,
            ActionItemForm action,
            HelpfulForm helpful) {

        Forms with(TalkingPointForm refused) {
            return new Forms(meeting, refused, sharedNotes, privateNotes, action, helpful);
        }

        Forms withSharedNotes(NotesForm refused) {
            return new Forms(meeting, point, refused, privateNotes, action, helpful);
        }

        Forms withPrivateNotes(NotesForm refused) {
            return new Forms(meeting, point, sharedNotes, refused, action, helpful);
        }

        Forms with(ActionItemForm refused) {
            return new Forms(meeting, point, sharedNotes, privateNotes, refused, helpful);
        }

        Forms with(MeetingForm refused) {
            return new Forms(refused, point, sharedNotes, privateNotes, action, helpful);
        }

        Forms with(HelpfulForm refused) {
            return new Forms(meeting, point, sharedNotes, privateNotes, action, refused);
        }
    }

    /** The session's page as saved. */
    static MeetingPage load(Side side, Meeting meeting, Instant now) {
        return load(side, meeting, now, UnaryOperator.identity());
    }

    /** The session's page with some of its forms as typed ({@code typed} swaps them in). */
    static MeetingPage load(Side side, Meeting meeting, Instant now, UnaryOperator<Forms> typed) {
        Optional<MeetingNote> privateNote = MeetingNote.of(meeting.id, side.me().id);
        HelpfulForm helpful = new HelpfulForm();
        helpful.helpful = meeting.helpful == null ? null : meeting.helpful.name();
        helpful.note = meeting.helpfulNote;
        Forms forms = typed.apply(new Forms(
                MeetingForm.of(meeting, side.me()),
                new TalkingPointForm(),
                NotesForm.of(meeting.sharedNotes, meeting.notesVersion),
                privateNote.map(note -> NotesForm.of(note.body, note.version)).orElseGet(() -> NotesForm.of(null, -1)),
                new ActionItemForm(),
                helpful));
        LocalDate today = now.atZone(side.me().zone()).toLocalDate();
        List<ActionItem> actions = ActionItem.ofMeeting(meeting.id);
        boolean mayMakeSteps = !side.isMentor()
                && side.isActive()
                && actions.stream().anyMatch(a -> a.owner.id.equals(side.me().id) && a.step == null);
        List<Goal> goals = mayMakeSteps
                ? Goal.list("owner.id = ?1 and status = ?2 order by title, id", side.me().id, GoalStatus.ACTIVE)
                : List.of();
        Meeting next = Meeting.nextOf(side.mentorship().id, now)
                .filter(candidate -> !candidate.id.equals(meeting.id))
                .filter(candidate -> candidate.startsAt.isAfter(meeting.startsAt))
                .orElse(null);
        return new MeetingPage(
                side,
                meeting,
                meeting.isCancelled() ? List.of() : Agenda.suggest(side, meeting, now, today),
                TalkingPoint.seenBy(meeting.id, side.me().id),
                actions,
                next,
                goals,
                now,
                forms);
    }

    /** The session's address, which its forms post under. */
    public String path() {
        return MeetingResource.pathOf(meeting);
    }

    public boolean canChange() {
        return side.isActive();
    }

    /** Still to come, while the mentorship lasts. */
    public boolean isUpcoming() {
        return side.isActive() && meeting.isUpcoming(now);
    }

    public boolean hasBegun() {
        return meeting.hasBegun(now);
    }

    /** Open points could move on: the session is past and not cancelled, and one is planned after it. */
    public boolean canMoveOpenPoints() {
        return canChange()
                && next != null
                && !meeting.isCancelled()
                && points.stream().anyMatch(p -> !p.isCovered());
    }

    public boolean mayTick(ActionItem action) {
        return canChange() && action.owner.id.equals(side.me().id);
    }

    public boolean mayMakeStep(ActionItem action) {
        return mayTick(action) && !side.isMentor() && action.step == null;
    }

    public boolean mayDelete(TalkingPoint point) {
        return canChange() && point.author.id.equals(side.me().id);
    }

    public boolean mayDelete(ActionItem action) {
        return canChange() && (action.author.id.equals(side.me().id) || action.owner.id.equals(side.me().id));
    }
}
