package dev.waypoint.teams;

import dev.waypoint.feedback.Feedback;
import dev.waypoint.feedback.FeedbackTarget;
import dev.waypoint.feedback.FeedbackTargets;
import dev.waypoint.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** A team goal belongs to the team: any current member may comment and cheer, on the board. */
@ApplicationScoped
public class TeamGoalFeedback implements FeedbackTargets {

    @Override
    public Feedback.Item item() {
        return Feedback.Item.TEAM_GOAL;
    }

    @Override
    public Optional<FeedbackTarget> find(Long teamGoalId, Long viewerId) {
        return TeamGoal.getEntityManager()
                .createQuery(
                        "select t.id, m.person from TeamGoal g join g.team t, Membership m where g.id = :goal"
                                + " and g.archivedAt is null and m.team = t and m.person.id = :viewer"
                                + " and m.leftAt is null and t.archivedAt is null",
                        Object[].class)
                .setParameter("goal", teamGoalId)
                .setParameter("viewer", viewerId)
                .getResultStream()
                .findFirst()
                .map(row -> new FeedbackTarget((Person) row[1], "/teams/" + row[0], false, true));
    }
}
