package dev.waypoint.meetings;

import dev.waypoint.web.FormInput;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import org.jboss.resteasy.reactive.RestForm;

/** What the mentee says of a session afterwards: was it helpful, and a line if they like. */
public class HelpfulForm extends FormInput {

    @RestForm
    public String helpful;

    @RestForm
    @Size(max = Meeting.HELPFUL_NOTE_MAX, message = "Please keep this to {max} characters or fewer.")
    public String note;

    boolean validate() {
        if (!checkConstraints()) {
            return false;
        }
        if (choice() == null) {
            reject("helpful", "Pick one: yes, somewhat or not really.");
        }
        return !hasErrors();
    }

    Meeting.Helpful choice() {
        return Arrays.stream(Meeting.Helpful.values())
                .filter(h -> h.name().equals(helpful))
                .findFirst()
                .orElse(null);
    }

    String cleanNote() {
        return oneLine(note);
    }
}
