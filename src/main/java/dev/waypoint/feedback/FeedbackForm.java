package dev.waypoint.feedback;

import dev.waypoint.web.FormInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** What the feedback buttons and the comment box send; a refused comment is kept as typed. */
public class FeedbackForm extends FormInput {

    @RestForm
    public String itemType;

    @RestForm
    public Long itemId;

    @RestForm
    public String kind;

    @RestForm
    @NotBlank(message = "A comment needs a few words.")
    @Size(max = Feedback.BODY_MAX, message = "Comments can be up to {max} characters. Please shorten it a little.")
    public String body;

    /** Cheers and "read it" carry no words: only a comment is checked. */
    boolean validateComment() {
        return checkConstraints();
    }
}
