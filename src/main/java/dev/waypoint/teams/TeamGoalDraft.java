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

    /** What is wrong with the typed title or date, or null when both are fine. */
    static String problemOf(String title, String targetDate) {
        String clean = FormInput.clean(title);
        if (clean == null) {
            return "A team goal needs a title.";
        }
        if (clean.length() > TITLE_MAX) {
            return "Please keep the title to " + TITLE_MAX + " characters.";
        }
        if (FormInput.clean(targetDate) != null && FormInput.parseDate(targetDate) == null) {
            return "Give the target date as a date, e.g. 2027-03-31, or leave it empty.";
        }
        return null;
    }

    public boolean isFor(Long teamGoalId) {
        return goalId != null && goalId.equals(teamGoalId);
    }

    public boolean isNew() {
        return goalId == null && problem != null;
    }
}
