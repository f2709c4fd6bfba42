package dev.waypoint.teams.board;

import dev.waypoint.circles.Audience;
import dev.waypoint.feedback.Feedback;
import dev.waypoint.feedback.FeedbackOn;
import dev.waypoint.feedback.FeedbackTarget;
import dev.waypoint.feedback.FeedbackTargets;
import dev.waypoint.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** A team goal belongs to the team: any current member may comment and cheer, on the board. */
@ApplicationScoped
@FeedbackOn(Feedback.Item.TEAM_GOAL)
public class TeamGoalFeedback implements FeedbackTargets {

    @Override
    public Optional<FeedbackTarget> find(Long teamGoalId, Long viewerId) {
        Audience.Condition members = Audience.ofTeamMembers("t", viewerId);
        return members.bind(TeamGoal.getEntityManager()
                        .createQuery(
                                "select t.id, p from TeamGoal g join g.team t, Person p where g.id = :goal"
                                        + " and g.archivedAt is null and p.id = :viewer and " + members.jpql(),
                                Object[].class))
                .setParameter("goal", teamGoalId)
                .setParameter("viewer", viewerId)
                .getResultStream()
                .findFirst()
                .map(row -> new FeedbackTarget((Person) row[1], "/teams/" + row[0], false, true));
    }
}
