package dev.waypoint.meetings;

import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.milestones.Milestone;
import dev.waypoint.web.Dates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * "What we achieved", drafted for a closing reflection from what the mentee shared with mentors
 * during the mentorship: goals achieved, steps done, milestones recorded. Three statements.
 */
final class Achievements {

    /** The most of each kind the draft names. */
    static final int MOST = 20;

    private Achievements() {}

    static String draft(Side side, Instant now) {
        Long mentorshipId = side.mentorship().id;
        Instant since = side.mentorship().startedAt;
        List<String> lines = new ArrayList<>();
        for (Goal goal : Agenda.query(
                        "select g from Goal g",
                        "g",
                        mentorshipId,
                        " where g.status = :achieved and g.achievedAt >= :since order by g.achievedAt",
                        Goal.class)
                .setParameter("achieved", GoalStatus.ACHIEVED)
                .setParameter("since", since)
                .setMaxResults(MOST)
                .getResultList()) {
            lines.add("- Achieved: " + goal.title + " (" + Dates.pretty(goal.achievedAt) + ")");
        }
        for (Object[] row : Agenda.query(
                        "select g.title, count(s) from Step s join s.goal g",
                        "g",
                        mentorshipId,
                        " where s.doneAt >= :since group by g.id, g.title order by g.title",
                        Object[].class)
                .setParameter("since", since)
                .setMaxResults(MOST)
                .getResultList()) {
            long steps = (Long) row[1];
            lines.add("- " + steps + (steps == 1 ? " step" : " steps") + " done toward: " + row[0]);
        }
        for (Milestone milestone : Agenda.query(
                        "select mi from Milestone mi",
                        "mi",
                        mentorshipId,
                        " where mi.createdAt >= :since order by mi.happenedOn",
                        Milestone.class)
                .setParameter("since", since)
                .setMaxResults(MOST)
                .getResultList()) {
            lines.add("- Milestone: " + milestone.title + " (" + milestone.when() + ")");
        }
        return String.join("\n", lines);
    }
}
