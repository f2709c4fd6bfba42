package dev.waypoint.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One mentorship as either of its two people sees it: the agreement, the sessions to come and
 * those past, how many sessions led to steps done, and its ending. A fixed number of statements.
 */
public record MentorshipPage(
        Side side,
        List<Meeting> upcoming,
        List<Meeting> past,
        boolean morePast,
        long sessionsSoFar,
        long sessionsWithStepsDone,
        Agreement agreement,
        Linkable linkable,
        Closing closing,
        LocalDate today,
        Forms forms) {

    /** How many sessions the page lists. */
    static final int SHOWN = 60;

    /** Every form on the page, as typed when one was refused. */
    public record Forms(MeetingForm meeting, AgreementForm agreement, ReviewForm review, ClosingForm closing) {

        Forms with(MeetingForm typed) {
            return new Forms(typed, agreement, review, closing);
        }

        Forms with(AgreementForm typed) {
            return new Forms(meeting, typed, review, closing);
        }

        Forms with(ReviewForm typed) {
            return new Forms(meeting, agreement, typed, closing);
        }

        Forms with(ClosingForm typed) {
            return new Forms(meeting, agreement, review, typed);
        }
    }

    static MentorshipPage load(Side side, Instant now) {
        return load(side, now, UnaryOperator.identity());
    }

    static MentorshipPage load(Side side, Instant now, UnaryOperator<Forms> typed) {
        Long mentorshipId = side.mentorship().id;
        LocalDate today = now.atZone(side.me().zone()).toLocalDate();
        List<Meeting> meetings = Meeting.<Meeting>find(
                        "mentorship.id = ?1 order by startsAt desc, id desc", mentorshipId)
                .range(0, SHOWN)
                .list();
        List<Meeting> upcoming = new ArrayList<>();
        List<Meeting> past = new ArrayList<>();
        for (Meeting meeting : meetings) {
            // Once it ended, nothing is coming up: what was planned stays in the record, not held.
            (side.isActive() && meeting.isUpcoming(now) ? upcoming : past).add(meeting);
        }
        upcoming.sort(Comparator.comparing((Meeting m) -> m.startsAt).thenComparing(m -> m.id));
        long soFar = Meeting.count(
                "mentorship.id = ?1 and status <> ?2 and startsAt <= ?3", mentorshipId, Meeting.Status.CANCELLED, now);
        long withSteps = ActionItem.getEntityManager()
                .createQuery(
                        "select count(distinct a.meeting.id) from ActionItem a left join a.step s"
                                + " where a.meeting.mentorship.id = :m and a.owner.id = :mentee"
                                + " and (s.doneAt is not null or (s.id is null and a.doneAt is not null))",
                        Long.class)
                .setParameter("m", mentorshipId)
                .setParameter("mentee", side.mentee().id)
                .getSingleResult();
        Agreement agreement = Agreement.of(mentorshipId).orElse(null);
        Closing closing = side.isActive() ? null : Closing.of(mentorshipId).orElse(null);
        Linkable linkable = side.isActive() ? Linkable.to(side) : Linkable.NONE;
        Forms forms = typed.apply(new Forms(
                MeetingForm.fresh(side.me(), now),
                agreement == null ? AgreementForm.fresh(today) : AgreementForm.of(agreement),
                ReviewForm.fresh(today),
                side.isActive() ? ClosingForm.drafted(Achievements.draft(side, now)) : new ClosingForm()));
        return new MentorshipPage(
                side,
                upcoming,
                past,
                meetings.size() == SHOWN,
                soFar,
                withSteps,
                agreement,
                linkable,
                closing,
                today,
                forms);
    }

    public Meeting next() {
        return upcoming.isEmpty() ? null : upcoming.get(0);
    }

    /** Time to look back: the agreement's review date has come and the mentorship goes on. */
    public boolean reviewDue() {
        return side.isActive() && agreement != null && agreement.isDue(today);
    }

    /** The mentee may keep the closing's "what we achieved" as a milestone, once. */
    public boolean mayKeepAsMilestone() {
        return closing != null && !side.isMentor() && closing.milestone == null && closing.achieved != null;
    }
}
