package dev.waypoint.people;

import dev.waypoint.web.FormInput;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** What the profile form sends, kept as typed so a rejected form shows it again. */
public class ProfileForm extends FormInput {

    static final int DISPLAY_NAME_MAX = 80;

    @RestForm
    public String displayName;

    @RestForm
    public String timeZone;

    @RestForm
    public String checkInDay;

    @RestForm
    public String emailReminders;

    @RestForm
    public String shareCheckIns;

    @RestForm
    public String version;

    static ProfileForm of(Person person) {
        ProfileForm form = new ProfileForm();
        form.displayName = person.displayName;
        form.timeZone = person.timeZone;
        form.checkInDay = person.checkInDay.name();
        form.emailReminders = person.emailReminders ? "on" : null;
        form.shareCheckIns = person.shareCheckIns ? "on" : null;
        form.version = String.valueOf(person.version);
        return form;
    }

    static String shorten(String name) {
        String trimmed = name.strip();
        return trimmed.length() <= DISPLAY_NAME_MAX ? trimmed : trimmed.substring(0, DISPLAY_NAME_MAX);
    }

    /** Checks every field; afterwards {@link #errors()} says what is wrong, field by field. */
    boolean validate() {
        errors.clear();
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            errors.put("displayName", "Please tell us what to call you.");
        } else if (name.length() > DISPLAY_NAME_MAX) {
            errors.put("displayName", "Please keep it to " + DISPLAY_NAME_MAX + " characters or fewer.");
        }
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

    void applyTo(Person person) {
        person.displayName = displayName.strip();
        person.timeZone = parseZone().getId();
        person.checkInDay = parseDay();
        person.emailReminders = emailReminders != null;
        person.shareCheckIns = shareCheckIns != null;
    }

    /** The version the form was loaded with; -1 when it is missing or garbled. */
    int loadedVersion() {
        return versionOf(version);
    }

    /** True when a field (not the form as a whole) was rejected. */
    public boolean hasFieldErrors() {
        return errors.keySet().stream().anyMatch(field -> !field.equals("form"));
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
