package dev.waypoint.goals;

import dev.waypoint.web.FormInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** What the pivot form sends: the new goal's title and why the old one is dropped. */
public class PivotForm extends FormInput {

    @RestForm
    @NotBlank(message = "Name the new goal you're pivoting to.")
    @Size(max = Goal.TITLE_MAX, message = "Please keep the title to {max} characters or fewer.")
    public String title;

    @RestForm
    @Size(max = Goal.REASON_MAX, message = "Please keep the reason to {max} characters or fewer.")
    public String reason;

    boolean validate() {
        return checkConstraints();
    }

    GoalPage.LifecycleDraft typed() {
        return new GoalPage.LifecycleDraft(null, title, reason);
    }
}
