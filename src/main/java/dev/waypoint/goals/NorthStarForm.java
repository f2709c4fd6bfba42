package dev.waypoint.goals;

import dev.waypoint.web.VersionedForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** What the north-star form sends, kept as typed. */
public class NorthStarForm extends VersionedForm {

    /** The north star being edited; null for a new one. */
    public Long id;

    @RestForm
    @NotBlank(message = "Name your north star, e.g. \"Become a staff engineer\".")
    @Size(max = NorthStar.TITLE_MAX, message = "Please keep it to {max} characters or fewer.")
    public String title;

    @RestForm
    @Size(max = NorthStar.WHY_MAX, message = "Please keep this to {max} characters or fewer.")
    public String why;

    static NorthStarForm of(NorthStar star) {
        NorthStarForm form = new NorthStarForm();
        form.id = star.id;
        form.title = star.title;
        form.why = star.why;
        form.version = String.valueOf(star.version);
        return form;
    }

    boolean validate() {
        return checkConstraints();
    }

    void applyTo(NorthStar star) {
        star.title = oneLine(title);
        star.why = clean(why);
    }

    public boolean isNew() {
        return id == null;
    }
}
