package dev.waypoint.calendar;

import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.goals.Step;
import java.util.List;

/**
 * What a person's calendar feed shows of their own open goals (active or paused): target dates and
 * the due dates of steps not done yet. Two statements, each starting from the person's goals.
 */
record CalendarFeedEvents(List<Goal> targets, List<Step> dueSteps) {

    static CalendarFeedEvents of(Long personId) {
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
        return new CalendarFeedEvents(targets, dueSteps);
    }
}
