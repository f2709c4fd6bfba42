package dev.waypoint.checkins;

import dev.waypoint.web.FormInput;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.function.Predicate;
import org.jboss.resteasy.reactive.RestForm;

/** What the "pause a week" form sends, kept as typed. */
public class PauseForm extends FormInput {

    @RestForm
    public String week;

    @RestForm
    @Size(max = WeekPause.REASON_MAX, message = "Please keep the reason to {max} characters.")
    public String reason;

    /**
     * Only this week and the next two can be paused, and not a week already checked in: that week
     * counts, so there is nothing left to pause.
     */
    boolean validate(Week current, Predicate<Week> checkedIn) {
        checkConstraints();
        Optional<Week> chosen = chosen();
        if (chosen.isEmpty()
                || chosen.get().compareTo(current) < 0
                || chosen.get().compareTo(current.next().next()) > 0) {
            errors.put("week", "You can pause this week or one of the next two.");
        } else if (checkedIn.test(chosen.get())) {
            errors.put("week", "You've already checked in that week, so it counts. There's nothing to pause.");
        }
        return errors.isEmpty();
    }

    Optional<Week> chosen() {
        return Week.parse(week);
    }

    public boolean chose(Week option) {
        return option.id().equals(week);
    }
}
