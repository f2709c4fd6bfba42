package dev.waypoint.goals;

import dev.waypoint.web.FormInput;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** What the achieve, pause, resume and drop buttons send: the status wanted, and for a drop why. */
public class StatusChangeForm extends FormInput {

    @RestForm
    public String to;

    @RestForm
    @Size(max = Goal.REASON_MAX, message = "Please keep the reason to {max} characters or fewer.")
    public String reason;

    boolean validate() {
        return checkConstraints();
    }

    Optional<GoalStatus> status() {
        try {
            return Optional.of(GoalStatus.valueOf(String.valueOf(to).strip()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** A refused drop keeps the reason as typed. */
    GoalPage.LifecycleDraft typed() {
        return new GoalPage.LifecycleDraft(reason, null, null);
    }
}
