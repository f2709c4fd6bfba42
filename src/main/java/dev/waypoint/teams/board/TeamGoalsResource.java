package dev.waypoint.teams.board;

import dev.waypoint.goals.Category;
import dev.waypoint.notifications.Notice;
import dev.waypoint.notifications.Notices;
import dev.waypoint.people.Person;
import dev.waypoint.teams.Membership;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.FormInput;
import dev.waypoint.web.Refusal;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** Goals the team owns: leads create, move and archive them; assignees tick their steps. */
@Path("/teams/{team: \\d+}/team-goals")
@Authenticated
@Blocking
public class TeamGoalsResource {

    @Inject
    Notices notices;

    @Inject
    TeamScope team;

    @Inject
    Clock clock;

    @Inject
    BoardPage boards;

    @POST
    @Transactional
    public Response create(
            @PathParam("team") Long teamId, @BeanParam TeamGoalDraft draft, @BeanParam BoardFilter filter) {
        Membership lead = team.lead(teamId);
        if (!draft.validate()) {
            return refuse(lead, draft, filter);
        }
        TeamGoal goal = new TeamGoal();
        goal.team = lead.team;
        goal.title = FormInput.oneLine(draft.title);
        goal.category = Category.parse(draft.category).orElse(Category.OTHER);
        goal.targetDate = FormInput.parseDate(draft.targetDate);
        goal.column = BoardColumn.NOT_STARTED;
        goal.createdAt = clock.instant();
        goal.persist();
        List<String> steps = draft.stepTitles();
        for (int position = 0; position < steps.size(); position++) {
            TeamGoalStep step = new TeamGoalStep();
            step.teamGoal = goal;
            step.position = position;
            step.title = steps.get(position);
            step.persist();
        }
        goal.stepsTotal = steps.size();
        return TeamResource.backToBoard(teamId, filter, Confirmation.TEAM_GOAL_ADDED);
    }

    /** Leads change a team goal's title or date. */
    @POST
    @Path("{goal: \\d+}")
    @Transactional
    public Response edit(
            @PathParam("team") Long teamId,
            @PathParam("goal") Long goalId,
            @BeanParam TeamGoalDraft draft,
            @BeanParam BoardFilter filter) {
        Membership lead = team.lead(teamId);
        TeamGoal goal = goalOf(lead, goalId);
        draft.goalId = goalId;
        if (!draft.validate()) {
            return refuse(lead, draft, filter);
        }
        goal.title = FormInput.oneLine(draft.title);
        goal.targetDate = FormInput.parseDate(draft.targetDate);
        return TeamResource.backToBoard(teamId, filter, Confirmation.TEAM_GOAL_SAVED);
    }

    @POST
    @Path("{goal: \\d+}/move")
    @Transactional
    public Response move(
            @PathParam("team") Long teamId,
            @PathParam("goal") Long goalId,
            @RestForm String to,
            @BeanParam BoardFilter filter) {
        TeamGoal goal = goalOf(team.lead(teamId), goalId);
        goal.column = BoardColumn.parse(to).orElseThrow(NotFoundException::new);
        return TeamResource.backToBoard(teamId, filter, Confirmation.CARD_MOVED);
    }

    @POST
    @Path("{goal: \\d+}/archive")
    @Transactional
    public Response archive(
            @PathParam("team") Long teamId, @PathParam("goal") Long goalId, @BeanParam BoardFilter filter) {
        goalOf(team.lead(teamId), goalId).archivedAt = clock.instant();
        return TeamResource.backToBoard(teamId, filter, Confirmation.TEAM_GOAL_ARCHIVED);
    }

    /** Assigns a step to a member (leads only). */
    @POST
    @Path("{goal: \\d+}/steps/{step: \\d+}/assign")
    @Transactional
    public Response assign(
            @PathParam("team") Long teamId,
            @PathParam("goal") Long goalId,
            @PathParam("step") Long stepId,
            @RestForm Long personId,
            @BeanParam BoardFilter filter) {
        Membership lead = team.lead(teamId);
        TeamGoalStep step = step(teamId, goalId, stepId);
        step.assignee = personId == null
                ? null
                : Membership.current(teamId, personId).map(m -> m.person).orElseThrow(NotFoundException::new);
        if (step.assignee != null) {
            notices.tell(
                    step.assignee.id, Notice.Kind.TEAM_STEP_ASSIGNED, lead.person.id, Notice.Subject.TEAM_GOAL, goalId);
        }
        return TeamResource.backToBoard(teamId, filter, Confirmation.TEAM_STEP_ASSIGNED);
    }

    /** The assignee (or a lead) ticks a step. */
    @POST
    @Path("{goal: \\d+}/steps/{step: \\d+}/toggle")
    @Transactional
    public Response toggle(
            @PathParam("team") Long teamId,
            @PathParam("goal") Long goalId,
            @PathParam("step") Long stepId,
            @BeanParam BoardFilter filter) {
        Membership me = team.member(teamId);
        TeamGoalStep step = step(teamId, goalId, stepId);
        Person assignee = step.assignee;
        if (!me.isLead() && (assignee == null || !assignee.id.equals(me.person.id))) {
            throw new NotFoundException();
        }
        step.doneAt = step.isDone() ? null : clock.instant();
        TeamGoal goal = step.teamGoal;
        TeamGoalStep.flush();
        goal.stepsDone = (int) TeamGoalStep.count("teamGoal.id = ?1 and doneAt is not null", goal.id);
        if (goal.column == BoardColumn.NOT_STARTED && goal.stepsDone > 0) {
            goal.column = BoardColumn.IN_PROGRESS;
        }
        return TeamResource.backToBoard(teamId, filter, Confirmation.TEAM_STEP_TOGGLED);
    }

    /** The board again with the team goal as typed and why it was refused. */
    private Response refuse(Membership lead, TeamGoalDraft draft, BoardFilter filter) {
        return boards.refused(Refusal.INVALID, boards.load(lead, filter), null, null, draft);
    }

    private TeamGoalStep step(Long teamId, Long goalId, Long stepId) {
        return TeamGoalStep.<TeamGoalStep>find(
                        "from TeamGoalStep s join fetch s.teamGoal g where s.id = ?1 and g.id = ?2 and g.team.id = ?3"
                                + " and g.archivedAt is null",
                        stepId,
                        goalId,
                        teamId)
                .firstResultOptional()
                .orElseThrow(NotFoundException::new);
    }

    /** A goal of the lead's team (404 when there is none such). */
    private static TeamGoal goalOf(Membership lead, Long goalId) {
        return TeamGoal.inTeam(goalId, lead.team.id).orElseThrow(NotFoundException::new);
    }
}
