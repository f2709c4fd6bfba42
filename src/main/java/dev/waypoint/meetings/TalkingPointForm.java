package dev.waypoint.meetings;

import dev.waypoint.web.FormInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** A talking point as typed, and whether the other side sees it. */
public class TalkingPointForm extends FormInput {

    @RestForm
    @NotBlank(message = "A talking point needs a few words, e.g. \"How to ask for the stretch project\".")
    @Size(max = TalkingPoint.BODY_MAX, message = "Please keep a talking point to {max} characters or fewer.")
    public String body;

    /** "private" keeps it to its author; anything else shares it. */
    @RestForm
    public String visibility;

    boolean validate() {
        return checkConstraints();
    }

    boolean isPrivate() {
        return "private".equals(visibility);
    }

    String cleanBody() {
        return oneLine(body);
    }
}
