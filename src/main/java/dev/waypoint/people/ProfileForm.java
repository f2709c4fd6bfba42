package dev.waypoint.people;

import dev.waypoint.web.VersionedForm;
import io.quarkus.qute.TemplateGlobal;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jboss.resteasy.reactive.RestForm;

/** What the profile form sends, kept as typed so a rejected form shows it again. */
public class ProfileForm extends VersionedForm {

    @TemplateGlobal(name = "displayNameMax")
    public static final int DISPLAY_NAME_MAX = 80;

    @RestForm
    @NotBlank(message = "Please tell us what to call you.")
    @Size(max = DISPLAY_NAME_MAX, message = "Please keep it to {max} characters or fewer.")
    public String displayName;

    @RestForm
    public String timeZone;

    @RestForm
    public String checkInDay;

    @RestForm
    public String emailReminders;

    @RestForm
    public String emailSessions;

    @RestForm
    public String shareCheckIns;

    public static ProfileForm of(Person person) {
        ProfileForm form = new ProfileForm();
        form.displayName = person.displayName;
        form.timeZone = person.timeZone;
        form.checkInDay = person.checkInDay.name();
        form.emailReminders = person.emailReminders ? "on" : null;
        form.emailSessions = person.emailSessions ? "on" : null;
        form.shareCheckIns = person.shareCheckIns ? "on" : null;
        form.version = String.valueOf(person.version);
        return form;
    }

    static String shorten(String name) {
        String trimmed = Objects.requireNonNullElse(oneLine(name), "");
        return trimmed.length() <= DISPLAY_NAME_MAX ? trimmed : trimmed.substring(0, DISPLAY_NAME_MAX);
    }

    /** Checks every field; afterwards {@link #errors()} says what is wrong, field by field. */
    public boolean validate() {
        checkConstraints();
        if (parseZone() == null) {
            errors.put(
                    "timeZone",
                    "We don't know the time zone \"" + nullToEmpty(timeZone)
                            + "\". Pick one from the list, such as Europe/Berlin or America/New_York.");
        }
        if (parseDay() == null) {
            errors.put("checkInDay", "Please pick a day of the week.");
        }
        return errors.isEmpty();
    }

    public void applyTo(Person person) {
        person.displayName = oneLine(displayName);
        person.timeZone = parseZone().getId();
        person.checkInDay = parseDay();
        person.emailReminders = emailReminders != null;
        person.emailSessions = emailSessions != null;
        person.shareCheckIns = shareCheckIns != null;
    }

    public List<DayOfWeek> dayChoices() {
        return List.of(DayOfWeek.values());
    }

    public boolean sharesCheckIns() {
        return shareCheckIns != null;
    }

    public boolean remindsByEmail() {
        return emailReminders != null;
    }

    public boolean mailsSessions() {
        return emailSessions != null;
    }

    private ZoneId parseZone() {
        String id = nullToEmpty(timeZone).strip();
        if (!TimeZones.ids().contains(id)) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    private DayOfWeek parseDay() {
        try {
            return DayOfWeek.valueOf(nullToEmpty(checkInDay).strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
