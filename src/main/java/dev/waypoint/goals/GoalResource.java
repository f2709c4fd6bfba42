package dev.waypoint.goals;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.notifications.Notice;
import dev.waypoint.notifications.Notices;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.teams.GoalBoards;
import dev.waypoint.teams.Membership;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** One goal: its page, and revising it (a recorded change, never a silent rewrite). */
@Path("/goals/{id: \\d+}")
@Authenticated
@Blocking
public class GoalResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(GoalPage page);

        static native TemplateInstance show$steps(GoalPage page);

        static native TemplateInstance show$measure(GoalPage page);

        static native TemplateInstance show$lifecycle(GoalPage page);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Notices notices;

    @Inject
    GoalBoards goalBoards;

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("id") Long id) {
        Person viewer = currentPerson.get();
        VisibleGoal found = VisibleGoal.find(id, viewer.id).orElseThrow(NotFoundException::new);
        notices.readOn(viewer, Notice.Subject.GOAL, id);
        return Templates.show(
                found.goal().owner.id.equals(viewer.id) ? GoalPage.load(found) : GoalPage.forViewer(found, viewer.id));
    }

    /** Shares the goal with the owner's mentors, or makes it private again. */
    @POST
    @Path("sharing")
    @Transactional
    public Response share(@PathParam("id") Long id, @RestForm String share) {
        Goal goal = Goal.findOwned(id, currentPerson.id()).orElseThrow(NotFoundException::new);
        goal.sharedWithMentors = "on".equals(share);
        audit.record(
                AuditKind.SHARING_CHANGED,
                goal.owner.id,
                null,
                "goal #" + goal.id + (goal.sharedWithMentors ? ": now shared with mentors" : ": now private"));
        return Answer.seeOther("/goals/" + id, Confirmation.GOAL_SHARING_CHANGED);
    }

    /** Puts the goal on one of the owner's team boards, or takes it off, from the goal page. */
    @POST
    @Path("team-sharing")
    @Transactional
    public Response shareWithTeam(@PathParam("id") Long id, @RestForm Long teamId, @RestForm String share) {
        Goal goal = Goal.findOwned(id, currentPerson.id()).orElseThrow(NotFoundException::new);
        Membership membership = Membership.current(teamId, goal.owner.id).orElseThrow(NotFoundException::new);
        if ("on".equals(share)) {
            goalBoards.put(membership, goal.id);
            return Answer.seeOther("/goals/" + id, Confirmation.SHARED_WITH_TEAM);
        }
        goalBoards.takeOff(membership, goal.id);
        return Answer.seeOther("/goals/" + id, Confirmation.TAKEN_OFF_BOARD);
    }

    @POST
    @Path("revision")
    @Transactional
    public Response revise(@PathParam("id") Long id, @BeanParam GoalForm form) {
        Person owner = currentPerson.get();
        Goal goal = Goal.findOwned(id, owner.id).orElseThrow(NotFoundException::new);
        List<NorthStar> northStars = NorthStar.ownedBy(owner.id);
        LocalDate today = LocalDate.now(clock.withZone(owner.zone()));
        if (!form.validate(today, goal.targetDate, northStars)) {
            return rejected(goal, form, Refusal.INVALID);
        }
        if (form.loadedVersion() != goal.version) {
            form.reload(
                    goal.version,
                    "This goal was changed in another window while you were editing; it now reads \"" + goal.title
                            + "\". Your changes are still below: revise again to keep them.");
            return rejected(goal, form, Refusal.CONFLICT);
        }
        goal.revise(revised -> form.applyTo(revised, northStars), form.cleanReason(), clock.instant());
        return Answer.seeOther("/goals/" + id, Confirmation.GOAL_REVISED);
    }

    private static Response rejected(Goal goal, GoalForm form, Refusal why) {
        return Answer.refused(why, Templates.show(GoalPage.load(goal, form, false, null)));
    }
}
