package dev.waypoint.goals;

import dev.waypoint.web.Lines;
import dev.waypoint.web.VersionedForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** What the new-goal and revise forms send, kept as typed so a rejected form shows it again. */
public class GoalForm extends VersionedForm {

    @RestForm
    @NotBlank(message = "Give your goal a short title, e.g. \"Give my first meetup talk\".")
    @Size(max = Goal.TITLE_MAX, message = "Please keep the title to {max} characters or fewer.")
    public String title;

    @RestForm
    public String category;

    @RestForm
    @Size(max = Goal.WHY_MAX, message = "Please keep this to {max} characters or fewer.")
    public String why;

    @RestForm
    public String targetDate;

    @RestForm
    @Size(max = Goal.UNIT_MAX, message = "Please keep this to {max} characters or fewer.")
    public String measureUnit;

    @RestForm
    public String measureTarget;

    @RestForm
    public String northStarId;

    /** New goals only: one step per line. */
    @RestForm
    @Lines(max = Step.MAX_AT_ONCE, length = Step.TITLE_MAX)
    public String steps;

    /** Revisions only: why the goal changed. */
    @RestForm
    @Size(max = Goal.REASON_MAX, message = "Please keep the reason to {max} characters or fewer.")
    public String reason;

    static GoalForm blank() {
        GoalForm form = new GoalForm();
        form.category = Category.TECHNICAL.name();
        return form;
    }

    static GoalForm of(Goal goal) {
        GoalForm form = new GoalForm();
        form.title = goal.title;
        form.category = goal.category.name();
        form.why = goal.why;
        form.targetDate = goal.targetDate == null ? null : goal.targetDate.toString();
        form.measureUnit = goal.measureUnit;
        form.measureTarget = goal.measureTarget == null ? null : goal.measureTarget.toString();
        form.northStarId = goal.northStar == null ? null : goal.northStar.id.toString();
        form.version = String.valueOf(goal.version);
        return form;
    }

    /**
     * Checks every field. {@code previousDate} is the date the goal had (null for a new goal): a
     * past date is only refused when it is newly set.
     */
    boolean validate(LocalDate today, LocalDate previousDate, List<NorthStar> northStars) {
        checkConstraints();
        if (Category.parse(category).isEmpty()) {
            errors.put("category", "Please pick one of the categories.");
        }
        validateDate(today, previousDate);
        validateMeasure();
        if (clean(northStarId) != null && northStar(northStars) == null) {
            errors.put("northStarId", "Please pick one of your north stars, or none.");
        }
        return errors.isEmpty();
    }

    private void validateDate(LocalDate today, LocalDate previousDate) {
        if (clean(targetDate) == null) {
            return;
        }
        LocalDate date = parseDate();
        if (date == null) {
            errors.put("targetDate", "Please give the date as YYYY-MM-DD, e.g. " + today.plusWeeks(6) + ".");
        } else if (date.isBefore(today) && !date.equals(previousDate)) {
            errors.put("targetDate", "A new target date can't be in the past. Pick today or later.");
        }
    }

    private void validateMeasure() {
        String unit = clean(measureUnit);
        String target = clean(measureTarget);
        if (unit == null && target == null) {
            return;
        }
        Integer parsed = parseTarget();
        if (target == null || parsed == null) {
            errors.put(
                    "measureTarget",
                    "How many " + (unit == null ? "" : unit + " ") + "are you aiming for? A whole number, e.g. 12.");
        } else if (parsed <= 0) {
            errors.put("measureTarget", "The target needs to be at least 1.");
        }
        if (unit == null) {
            errors.put("measureUnit", "What are you counting? e.g. talks, books, pull requests.");
        }
    }

    /** Copies the validated fields onto the goal; call {@link #validate} first. */
    void applyTo(Goal goal, List<NorthStar> northStars) {
        goal.title = oneLine(title);
        goal.category = Category.parse(category).orElseThrow();
        goal.why = clean(why);
        goal.targetDate = parseDate();
        goal.measureUnit = oneLine(measureUnit);
        goal.measureTarget = parseTarget();
        if (goal.measureTarget != null && goal.measureCurrent == null) {
            goal.measureCurrent = 0;
        }
        if (goal.measureTarget == null) {
            goal.measureCurrent = null;
        }
        goal.northStar = northStar(northStars);
    }

    List<String> stepTitles() {
        return lines(steps);
    }

    String cleanReason() {
        return clean(reason);
    }

    public List<Category> categories() {
        return List.of(Category.values());
    }

    private NorthStar northStar(List<NorthStar> northStars) {
        String wanted = clean(northStarId);
        if (wanted == null) {
            return null;
        }
        return northStars.stream()
                .filter(star -> star.id.toString().equals(wanted))
                .findFirst()
                .orElse(null);
    }

    private LocalDate parseDate() {
        return parseDate(targetDate);
    }

    private Integer parseTarget() {
        String value = clean(measureTarget);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException garbled) {
            return null;
        }
    }
}
