package dev.waypoint.teams;

import dev.waypoint.people.Person;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A step of a team goal, optionally assigned to a member who ticks it. */
@Entity
@Table(name = "team_goal_step")
public class TeamGoalStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_goal_id", updatable = false)
    public TeamGoal teamGoal;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    public Person assignee;

    @Column(name = "done_at")
    public Instant doneAt;

    /** The steps of a team's goals, with assignees, in order. */
    static List<TeamGoalStep> ofTeam(Long teamId) {
        // From the team's goals to their steps: starting from the steps made the database walk
        // every team's steps in goal order.
        return find(
                        "select s from TeamGoal g join TeamGoalStep s on s.teamGoal = g left join fetch s.assignee"
                                + " where g.team.id = ?1 and g.archivedAt is null order by g.id, s.position, s.id",
                        teamId)
                .list();
    }

    public boolean isDone() {
        return doneAt != null;
    }
}
