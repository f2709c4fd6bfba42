package dev.waypoint.meetings;

import dev.waypoint.web.FormInput;
import dev.waypoint.web.IsoDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestForm;

/** An action item as typed: what, who does it, and by when. */
public class ActionItemForm extends FormInput {

    @RestForm
    @NotBlank(message = "An action needs a few words, e.g. \"Draft the proposal and send it over\".")
    @Size(max = ActionItem.BODY_MAX, message = "Please keep an action to {max} characters or fewer.")
    public String body;

    /** "mentor" or "mentee". */
    @RestForm
    public String owner;

    @RestForm
    @IsoDate(message = "Please give the date as YYYY-MM-DD.")
    public String dueDate;

    boolean validate() {
        if (!checkConstraints()) {
            return false;
        }
        if (!"mentor".equals(owner) && !"mentee".equals(owner)) {
            reject("owner", "Say who does it: you or the other person.");
        }
        return !hasErrors();
    }

    boolean forMentor() {
        return "mentor".equals(owner);
    }

    String cleanBody() {
        return oneLine(body);
    }

    LocalDate due() {
        return parseDate(dueDate);
    }
}
