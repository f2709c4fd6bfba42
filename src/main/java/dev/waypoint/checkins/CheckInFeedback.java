package dev.waypoint.checkins;

import dev.waypoint.circles.Audience;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.feedback.Feedback;
import dev.waypoint.feedback.FeedbackOn;
import dev.waypoint.feedback.FeedbackTarget;
import dev.waypoint.feedback.FeedbackTargets;
import dev.waypoint.teams.TeamShare;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Feedback on a submitted check-in. It lives on its owner's week page, on the mentoring page for
 * an active mentor it was shared with, and otherwise on the page of a team it was shared with.
 */
@ApplicationScoped
@FeedbackOn(Feedback.Item.CHECK_IN)
public class CheckInFeedback implements FeedbackTargets {

    @Override
    public Optional<FeedbackTarget> find(Long checkInId, Long viewerId) {
        return CheckIn.findVisibleById(checkInId, viewerId)
                .filter(checkIn -> checkIn.submitted)
                .flatMap(checkIn -> asSeenBy(checkIn, viewerId));
    }

    private static Optional<FeedbackTarget> asSeenBy(CheckIn checkIn, Long viewerId) {
        Long owner = checkIn.owner.id;
        String week = checkIn.week().id();
        if (owner.equals(viewerId)) {
            return Optional.of(FeedbackTarget.of(checkIn.owner, "/check-ins/" + week));
        }
        if (checkIn.sharedWithMentors && Mentorship.isActive(viewerId, owner)) {
            String page = "/mentoring/mentees/" + owner + "/check-ins/" + week;
            return Optional.of(new FeedbackTarget(checkIn.owner, page, true, false));
        }
        return Audience.teamsSeenThrough(TeamShare.Item.CHECK_IN, checkIn.id, owner, viewerId).stream()
                .findFirst()
                .map(team -> FeedbackTarget.of(checkIn.owner, "/teams/" + team.id + "/check-ins/" + checkIn.id));
    }
}
