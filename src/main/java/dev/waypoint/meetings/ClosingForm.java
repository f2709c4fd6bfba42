package dev.waypoint.meetings;

import dev.waypoint.web.FormInput;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import org.jboss.resteasy.reactive.RestForm;

/** How a mentorship ends, as typed: why, what went well, what was achieved. */
public class ClosingForm extends FormInput {

    @RestForm
    public String reason;

    @RestForm
    @Size(max = Closing.WENT_WELL_MAX, message = "Please keep this to {max} characters or fewer.")
    public String wentWell;

    @RestForm
    @Size(max = Closing.ACHIEVED_MAX, message = "Please keep this to {max} characters or fewer.")
    public String achieved;

    static ClosingForm drafted(String achievements) {
        ClosingForm form = new ClosingForm();
        form.achieved = achievements;
        return form;
    }

    boolean validate() {
        checkConstraints();
        if (choice() == null) {
            reject("reason", "Say why it ends: pick one of the reasons.");
        }
        return !hasErrors();
    }

    Closing.Reason choice() {
        return Arrays.stream(Closing.Reason.values())
                .filter(r -> r.name().equals(reason))
                .findFirst()
                .orElse(null);
    }
}
