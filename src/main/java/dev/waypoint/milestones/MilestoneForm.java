package dev.waypoint.milestones;

import dev.waypoint.goals.Goal;
import dev.waypoint.web.VersionedForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The milestone form as typed, so a refused form comes back with everything in it. */
public class MilestoneForm extends VersionedForm {

    @RestForm
    public String date;

    @RestForm
    public String monthOnly;

    @RestForm
    @NotBlank(message = "Give it a short title, e.g. \"Passed the cloud associate exam\".")
    @Size(max = Milestone.TITLE_MAX, message = "Please keep the title to {max} characters or fewer.")
    public String title;

    @RestForm
    public String kind;

    @RestForm
    @Size(max = Milestone.STORY_MAX, message = "Please keep the story to {max} characters or fewer.")
    public String story;

    @RestForm
    public String goalId;

    @RestForm
    @Size(max = Milestone.URL_MAX, message = "That link is too long ({max} characters at most).")
    public String evidenceUrl;

    @RestForm
    public String shareWithMentors;

    @RestForm
    public String suggestion;

    static MilestoneForm blank() {
        MilestoneForm form = new MilestoneForm();
        form.kind = MilestoneKind.OTHER.name();
        return form;
    }

    static MilestoneForm of(Milestone milestone) {
        MilestoneForm form = new MilestoneForm();
        form.date = milestone.happenedOn.toString();
        form.monthOnly = milestone.monthOnly ? "on" : null;
        form.title = milestone.title;
        form.kind = milestone.kind.name();
        form.story = milestone.story;
        form.goalId = milestone.goal == null ? null : milestone.goal.id.toString();
        form.evidenceUrl = milestone.evidenceUrl;
        form.shareWithMentors = milestone.sharedWithMentors ? "on" : null;
        form.version = String.valueOf(milestone.version);
        return form;
    }

    boolean validate(LocalDate today, List<Goal> goals) {
        checkConstraints();
        LocalDate day = parseDate();
        if (clean(date) == null) {
            errors.put("date", "When did it happen? Past dates are welcome, e.g. " + today.minusYears(3) + ".");
        } else if (day == null) {
            errors.put("date", "Please give the date as YYYY-MM-DD.");
        } else if (day.isAfter(today)) {
            errors.put("date", "A milestone is something that has happened: pick today or an earlier date.");
        }
        if (MilestoneKind.parse(kind).isEmpty()) {
            errors.put("kind", "Please pick one of the kinds.");
        }
        String url = clean(evidenceUrl);
        if (url != null && !isWebLink(url)) {
            errors.put("evidenceUrl", "Only web links starting with http:// or https:// can be evidence.");
        }
        if (clean(goalId) != null && goal(goals) == null) {
            errors.put("goalId", "Please pick one of your goals, or none.");
        }
        return errors.isEmpty();
    }

    void applyTo(Milestone milestone, List<Goal> goals) {
        boolean byMonth = monthOnly != null;
        LocalDate day = parseDate();
        milestone.happenedOn = byMonth ? day.withDayOfMonth(1) : day;
        milestone.monthOnly = byMonth;
        milestone.title = oneLine(title);
        milestone.kind = MilestoneKind.parse(kind).orElseThrow();
        milestone.story = clean(story);
        milestone.goal = goal(goals);
        milestone.evidenceUrl = oneLine(evidenceUrl);
        milestone.sharedWithMentors = shareWithMentors != null;
    }

    public static boolean isWebLink(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException notALink) {
            return false;
        }
    }

    public boolean byMonth() {
        return monthOnly != null;
    }

    public boolean sharing() {
        return shareWithMentors != null;
    }

    public List<MilestoneKind> kinds() {
        return List.of(MilestoneKind.values());
    }

    private Goal goal(List<Goal> goals) {
        String wanted = clean(goalId);
        if (wanted == null) {
            return null;
        }
        return goals.stream()
                .filter(g -> g.id.toString().equals(wanted))
                .findFirst()
                .orElse(null);
    }

    private LocalDate parseDate() {
        String value = clean(date);
        if (value == null) {
            return null;
        }
        try {
            return value.matches("\\d{4}-\\d{2}") ? LocalDate.parse(value + "-01") : LocalDate.parse(value);
        } catch (DateTimeParseException garbled) {
            return null;
        }
    }
}
