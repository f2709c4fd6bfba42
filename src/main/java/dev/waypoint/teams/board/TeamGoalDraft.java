package dev.waypoint.teams.board;

import dev.waypoint.goals.Step;
import dev.waypoint.web.FormInput;
import dev.waypoint.web.IsoDate;
import dev.waypoint.web.Lines;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** A team goal as the lead typed it, kept when it is refused; the board shows it in place. */
public class TeamGoalDraft extends FormInput {

    /** The team goal being edited, or null for a new one. */
    public Long goalId;

    @RestForm
    @NotBlank(message = "A team goal needs a title.")
    @Size(max = TeamGoal.TITLE_MAX, message = "Please keep the title to {max} characters.")
    public String title;

    @RestForm
    public String category;

    @RestForm
    @IsoDate(message = "Give the target date as a date, e.g. 2027-03-31, or leave it empty.")
    public String targetDate;

    /** New team goals only: one step per line. */
    @RestForm
    @Lines(max = Step.MAX_AT_ONCE, length = Step.TITLE_MAX)
    public String steps;

    boolean validate() {
        return checkConstraints();
    }

    List<String> stepTitles() {
        return lines(steps);
    }

    /** True when this refused draft is the one for that card. */
    public boolean isFor(Long teamGoalId) {
        return goalId != null && goalId.equals(teamGoalId) && hasErrors();
    }

    /** True when this refused draft is a new team goal. */
    public boolean isNew() {
        return goalId == null && hasErrors();
    }
}
