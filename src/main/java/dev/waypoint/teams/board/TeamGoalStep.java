package dev.waypoint.teams.board;

import dev.waypoint.people.Person;
import dev.waypoint.web.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A step of a team goal, optionally assigned to a member who ticks it. */
@Entity
@Table(name = "team_goal_step")
public class TeamGoalStep extends Row {

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

    /**
     * The team's open team goals, oldest first, each with its steps in order and their assignees:
     * one statement, driven from the team's goals (from the steps' side the database walked every
     * team's steps).
     */
    static Map<TeamGoal, List<TeamGoalStep>> ofTeam(Long teamId) {
        Map<TeamGoal, List<TeamGoalStep>> goals = new LinkedHashMap<>();
        getEntityManager()
                .createQuery(
                        "select g, s, a from TeamGoal g left join TeamGoalStep s on s.teamGoal = g"
                                + " left join s.assignee a where g.team.id = ?1 and g.archivedAt is null"
                                + " order by g.createdAt, g.id, s.position, s.id",
                        Object[].class)
                .setParameter(1, teamId)
                .getResultList()
                .forEach(row -> {
                    List<TeamGoalStep> steps = goals.computeIfAbsent((TeamGoal) row[0], goal -> new ArrayList<>());
                    if (row[1] != null) {
                        steps.add((TeamGoalStep) row[1]);
                    }
                });
        return goals;
    }

    public boolean isDone() {
        return doneAt != null;
    }
}
