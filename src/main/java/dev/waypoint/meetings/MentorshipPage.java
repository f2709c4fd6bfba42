package dev.waypoint.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One mentorship as either of its two people sees it: the sessions to come and those past, the
 * form to plan one, and how many sessions led to steps done. Four statements.
 */
public record MentorshipPage(
        Side side,
        List<Meeting> upcoming,
        List<Meeting> past,
        boolean morePast,
        MeetingForm form,
        long sessionsSoFar,
        long sessionsWithStepsDone) {

    /** How many sessions the page lists. */
    static final int SHOWN = 60;

    static MentorshipPage load(Side side, Instant now, MeetingForm form) {
        List<Meeting> meetings = Meeting.<Meeting>find(
                        "mentorship.id = ?1 order by startsAt desc, id desc", side.mentorship().id)
                .range(0, SHOWN)
                .list();
        List<Meeting> upcoming = new ArrayList<>();
        List<Meeting> past = new ArrayList<>();
        for (Meeting meeting : meetings) {
            (meeting.isUpcoming(now) ? upcoming : past).add(meeting);
        }
        upcoming.sort(Comparator.comparing((Meeting m) -> m.startsAt).thenComparing(m -> m.id));
        long soFar = Meeting.count(
                "mentorship.id = ?1 and status <> ?2 and startsAt <= ?3",
                side.mentorship().id,
                Meeting.Status.CANCELLED,
                now);
        long withSteps = ActionItem.getEntityManager()
                .createQuery(
                        "select count(distinct a.meeting.id) from ActionItem a left join a.step s"
                                + " where a.meeting.mentorship.id = :m and a.owner.id = :mentee"
                                + " and (s.doneAt is not null or (s.id is null and a.doneAt is not null))",
                        Long.class)
                .setParameter("m", side.mentorship().id)
                .setParameter("mentee", side.mentee().id)
                .getSingleResult();
        return new MentorshipPage(side, upcoming, past, meetings.size() == SHOWN, form, soFar, withSteps);
    }

    public Meeting next() {
        return upcoming.isEmpty() ? null : upcoming.get(0);
    }
}
