package dev.waypoint.teams;

import dev.waypoint.audit.AuditKind;
import dev.waypoint.audit.AuditLog;
import dev.waypoint.notifications.Notice;
import dev.waypoint.notifications.Notices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A member puts one of their goals on a team's board or takes it off, from the goal page or the
 * board alike: recorded in the audit log, and a goal newly on the board is in the other members'
 * inboxes.
 */
@ApplicationScoped
public class GoalBoards {

    @Inject
    AuditLog audit;

    @Inject
    Notices notices;

    @Transactional(Transactional.TxType.MANDATORY)
    public void put(Membership owner, Long goalId) {
        if (TeamShare.share(owner.team, TeamShare.Item.GOAL, goalId, owner.person)) {
            notices.tellAll(
                    Membership.currentMemberIds(owner.team.id),
                    Notice.Kind.GOAL_SHARED_WITH_TEAM,
                    owner.person.id,
                    Notice.Subject.GOAL,
                    goalId);
        }
        audit.record(AuditKind.SHARING_CHANGED, owner.person.id, null, TeamShare.onBoard(goalId, owner.team));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void takeOff(Membership owner, Long goalId) {
        TeamShare.unshare(owner.team.id, TeamShare.Item.GOAL, goalId);
        audit.record(AuditKind.SHARING_CHANGED, owner.person.id, null, TeamShare.offBoard(goalId, owner.team));
    }
}
