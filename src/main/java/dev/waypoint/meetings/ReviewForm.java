package dev.waypoint.meetings;

import dev.waypoint.web.FormInput;
import dev.waypoint.web.IsoDate;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestForm;

/** Going on after a review: the next date to look back. */
public class ReviewForm extends FormInput {

    @RestForm
    @NotBlank(message = "Pick the next date to look back.")
    @IsoDate(message = "Please give the date as YYYY-MM-DD.")
    public String reviewOn;

    static ReviewForm fresh(LocalDate today) {
        ReviewForm form = new ReviewForm();
        form.reviewOn = today.plusMonths(Agreement.REVIEW_AFTER_MONTHS).toString();
        return form;
    }

    boolean validate(LocalDate today) {
        if (checkConstraints() && !parseDate(reviewOn).isAfter(today)) {
            reject("reviewOn", "Pick a date after today.");
        }
        return !hasErrors();
    }

    LocalDate review() {
        return parseDate(reviewOn);
    }
}
