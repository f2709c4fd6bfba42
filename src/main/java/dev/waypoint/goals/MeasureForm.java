package dev.waypoint.goals;

import dev.waypoint.web.FormInput;
import java.util.OptionalInt;
import org.jboss.resteasy.reactive.RestForm;

/** What the measure's buttons and field send: one up, one down, or a number typed. */
public class MeasureForm extends FormInput {

    /** "up" or "down" from the buttons; anything else means the typed {@link #value}. */
    @RestForm
    public String change;

    @RestForm
    public String value;

    /** The goal's measure after this change, or empty, with the reason, when no whole number of 0 or more was typed. */
    OptionalInt next(Goal goal) {
        int current = goal.measureCurrent == null ? 0 : goal.measureCurrent;
        if ("up".equals(change)) {
            return OptionalInt.of(current + 1);
        }
        if ("down".equals(change)) {
            return OptionalInt.of(Math.max(0, current - 1));
        }
        try {
            int typed = Integer.parseInt(String.valueOf(value).strip());
            if (typed >= 0) {
                return OptionalInt.of(typed);
            }
        } catch (NumberFormatException garbled) {
            // Refused below, like a negative number.
        }
        reject("value", "Please give a whole number of " + goal.measureUnit + ", 0 or more.");
        return OptionalInt.empty();
    }
}
