package dev.waypoint.teams;

import dev.waypoint.web.FormInput;

/**
 * A team goal as the lead typed it, kept when it is refused. {@code goalId} names the goal being
 * edited, or is null for a new one.
 */
public record TeamGoalDraft(
        Long goalId, String title, String category, String targetDate, String steps, String problem) {

    static final int TITLE_MAX = 160;
    static final TeamGoalDraft EMPTY = new TeamGoalDraft(null, "", "", "", "", null);

    /** The typed title's problem, or null when it is fine. */
    static String titleProblem(String title) {
        String clean = FormInput.clean(title);
        if (clean == null) {
            return "A team goal needs a title.";
        }
        return clean.length() > TITLE_MAX ? "Please keep the title to " + TITLE_MAX + " characters." : null;
    }

    public boolean isFor(Long teamGoalId) {
        return goalId != null && goalId.equals(teamGoalId);
    }

    public boolean isNew() {
        return goalId == null && problem != null;
    }
}
