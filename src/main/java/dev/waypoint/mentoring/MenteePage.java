package dev.waypoint.mentoring;

import dev.waypoint.milestones.Milestone;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Everything one mentee shares with their mentors, as their mentor's page and the read API show
 * it: the card (goals, check-ins, consistency) and the newest milestones they share.
 */
public record MenteePage(MentorDashboard.MenteeCard card, List<Milestone> milestones, boolean moreMilestones) {

    /** How many shared milestones the page lists, newest first. */
    static final int MILESTONES_SHOWN = 50;

    /** Empty unless {@code mentorId} mentors {@code menteeId} now. */
    static Optional<MenteePage> load(Long mentorId, Long menteeId, Clock clock, int weeks) {
        return MentorDashboard.mentee(mentorId, menteeId, clock, weeks).map(card -> {
            List<Milestone> milestones = Milestone.sharedWith(mentorId, menteeId, MILESTONES_SHOWN + 1);
            boolean more = milestones.size() > MILESTONES_SHOWN;
            return new MenteePage(card, more ? milestones.subList(0, MILESTONES_SHOWN) : milestones, more);
        });
    }

    public int milestonesShown() {
        return MILESTONES_SHOWN;
    }
}
