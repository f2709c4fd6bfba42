package dev.waypoint.goals;

import dev.waypoint.web.FormInput;
import dev.waypoint.web.IsoDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestForm;

/** A step's title and optional due date as typed. */
public class StepForm extends FormInput {

    @RestForm
    @NotBlank(message = "A step needs a few words, e.g. \"Draft the talk outline\".")
    @Size(max = Step.TITLE_MAX, message = "Please keep a step to {max} characters or fewer.")
    public String title;

    @RestForm
    @IsoDate(message = "Please give the due date as YYYY-MM-DD.")
    public String dueDate;

    boolean validate() {
        return checkConstraints();
    }

    String cleanTitle() {
        return oneLine(title);
    }

    LocalDate due() {
        return parseDate(dueDate);
    }

    void applyTo(Step step) {
        step.title = cleanTitle();
        step.dueDate = due();
    }
}
