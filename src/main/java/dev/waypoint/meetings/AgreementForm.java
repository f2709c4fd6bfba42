package dev.waypoint.meetings;

import dev.waypoint.goals.Goal;
import dev.waypoint.goals.NorthStar;
import dev.waypoint.web.IsoDate;
import dev.waypoint.web.VersionedForm;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** An agreement as typed: what to work on, which goals, how often to meet, when to look back. */
public class AgreementForm extends VersionedForm {

    @RestForm
    @Size(max = Agreement.FOCUS_MAX, message = "Please keep this to {max} characters or fewer.")
    public String focus;

    @RestForm
    public List<String> northStars = new ArrayList<>();

    @RestForm
    public List<String> goals = new ArrayList<>();

    @RestForm
    public String every;

    @RestForm
    @IsoDate(message = "Please give the review date as YYYY-MM-DD.")
    public String reviewOn;

    /** A blank agreement, looking back in three months. */
    static AgreementForm fresh(LocalDate today) {
        AgreementForm form = new AgreementForm();
        form.reviewOn = today.plusMonths(Agreement.REVIEW_AFTER_MONTHS).toString();
        form.version = "-1";
        return form;
    }

    static AgreementForm of(Agreement agreement) {
        AgreementForm form = new AgreementForm();
        form.focus = agreement.focus;
        form.northStars =
                agreement.northStars.stream().map(n -> String.valueOf(n.id)).toList();
        form.goals = agreement.goals.stream().map(g -> String.valueOf(g.id)).toList();
        form.every = agreement.everyWeeks == null ? "" : String.valueOf(agreement.everyWeeks);
        form.reviewOn = agreement.reviewOn == null ? "" : agreement.reviewOn.toString();
        form.version = String.valueOf(agreement.version);
        return form;
    }

    /** Checks the form against what may be linked; true when it holds. */
    boolean validate(Linkable linkable, LocalDate today) {
        checkConstraints();
        if (clean(every) != null && everyWeeks() == null) {
            reject("every", "Pick how often from the list.");
        }
        LocalDate review = parseDate(reviewOn);
        if (review != null && !review.isAfter(today)) {
            reject("reviewOn", "Pick a review date after today.");
        }
        Linkable chosen = chosen(linkable);
        if (chosen.goals().size() != goals.stream().distinct().count()
                || chosen.northStars().size() != northStars.stream().distinct().count()) {
            reject("goals", "Pick north stars and goals from the list.");
        }
        return !hasErrors();
    }

    public boolean isChosen(Goal goal) {
        return goals.contains(String.valueOf(goal.id));
    }

    public boolean isChosen(NorthStar northStar) {
        return northStars.contains(String.valueOf(northStar.id));
    }

    /** What the form picked, of what it was offered. */
    Linkable chosen(Linkable offered) {
        return new Linkable(
                offered.northStars().stream().filter(this::isChosen).toList(),
                offered.goals().stream().filter(this::isChosen).toList());
    }

    Integer everyWeeks() {
        try {
            Integer weeks = Integer.valueOf(clean(every) == null ? "" : clean(every));
            return Meeting.REPEATS.contains(weeks) ? weeks : null;
        } catch (NumberFormatException garbled) {
            return null;
        }
    }

    LocalDate review() {
        return parseDate(reviewOn);
    }

    String cleanFocus() {
        return clean(focus);
    }
}
