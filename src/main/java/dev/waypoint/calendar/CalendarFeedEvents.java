package dev.waypoint.calendar;

import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.goals.Step;
import dev.waypoint.meetings.Meeting;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a person's calendar feed shows: of their own open goals (active or paused), target dates and
 * the due dates of steps not done yet; and their mentoring sessions of the last three months and
 * to come. Three statements, each starting from the person's goals or mentorships.
 */
record CalendarFeedEvents(List<Goal> targets, List<Step> dueSteps, List<Meeting> sessions) {

    /** How far back the feed keeps sessions: calendars keep what they saw, the feed stays short. */
    static final Duration SESSIONS_SINCE = Duration.ofDays(90);

    static CalendarFeedEvents of(Long personId, Instant now) {
        List<Goal> targets = Goal.list(
                "owner.id = ?1 and (status = ?2 or status = ?3) and targetDate is not null order by targetDate, id",
                personId,
                GoalStatus.ACTIVE,
                GoalStatus.PAUSED);
        List<Step> dueSteps = Step.list(
                "from Step s join fetch s.goal g where g.owner.id = ?1 and (g.status = ?2 or g.status = ?3)"
                        + " and s.doneAt is null and s.dueDate is not null order by s.dueDate, s.id",
                personId,
                GoalStatus.ACTIVE,
                GoalStatus.PAUSED);
        return new CalendarFeedEvents(targets, dueSteps, Meeting.forCalendarOf(personId, now.minus(SESSIONS_SINCE)));
    }
}
