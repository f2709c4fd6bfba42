package dev.waypoint.meetings;

import dev.waypoint.people.Person;
import dev.waypoint.web.IsoDate;
import dev.waypoint.web.VersionedForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.jboss.resteasy.reactive.RestForm;

/** When and where a session is, as typed: a date and time in the typist's own zone. */
public class MeetingForm extends VersionedForm {

    /** How far ahead a session may be planned. */
    static final int MOST_DAYS_AHEAD = 2 * 366;

    @RestForm
    @NotBlank(message = "Pick the day of the session.")
    @IsoDate(message = "Please give the day as YYYY-MM-DD.")
    public String date;

    @RestForm
    @NotBlank(message = "Pick the time the session starts.")
    public String time;

    @RestForm
    public String minutes;

    @RestForm
    @Size(max = Meeting.PLACE_MAX, message = "Please keep the place or link to {max} characters or fewer.")
    public String place;

    @RestForm
    public String repeat;

    /** A form for a new session: next week at this hour, for an hour. */
    static MeetingForm fresh(Person planner, Instant now) {
        ZonedDateTime nextWeek = now.atZone(planner.zone()).plusWeeks(1).withMinute(0);
        MeetingForm form = new MeetingForm();
        form.date = nextWeek.toLocalDate().toString();
        form.time = nextWeek.toLocalTime().withSecond(0).withNano(0).toString();
        form.minutes = "60";
        form.repeat = "";
        return form;
    }

    /** The form for changing a session, in the typist's own zone. */
    static MeetingForm of(Meeting meeting, Person typist) {
        ZonedDateTime start = meeting.startsAt.atZone(typist.zone());
        MeetingForm form = new MeetingForm();
        form.date = start.toLocalDate().toString();
        form.time = start.toLocalTime().withSecond(0).withNano(0).toString();
        form.minutes = String.valueOf(meeting.minutes);
        form.place = meeting.place;
        form.repeat = meeting.repeatWeeks == null ? "" : String.valueOf(meeting.repeatWeeks);
        form.version = String.valueOf(meeting.version);
        return form;
    }

    /** Checks the form; the session's time when it holds one still ahead, otherwise null. */
    Meeting.When validate(ZoneId zone, Instant now) {
        checkConstraints();
        LocalTime startTime = parseTime();
        if (startTime == null && !errors.containsKey("time")) {
            reject("time", "Please give the time as HH:MM, e.g. 16:30.");
        }
        Integer length = number(minutes);
        if (length == null || !Meeting.LENGTHS.contains(length)) {
            reject("minutes", "Pick how long the session is from the list.");
        }
        if (repeatWeeks() == null && clean(repeat) != null) {
            reject("repeat", "Pick how often it repeats from the list.");
        }
        if (hasErrors()) {
            return null;
        }
        LocalDate day = parseDate(date);
        ZonedDateTime start = ZonedDateTime.of(day, startTime, zone);
        if (!start.toInstant().isAfter(now)) {
            reject("date", "That time has passed. Pick one still ahead.");
        } else if (day.isAfter(now.atZone(zone).toLocalDate().plusDays(MOST_DAYS_AHEAD))) {
            reject("date", "Please plan sessions at most two years ahead.");
        }
        return hasErrors() ? null : new Meeting.When(start, length);
    }

    String cleanPlace() {
        return oneLine(place);
    }

    /** The repeat chosen: weeks between sessions, or null for once. */
    Integer repeatWeeks() {
        Integer weeks = number(repeat);
        return weeks != null && Meeting.REPEATS.contains(weeks) ? weeks : null;
    }

    private LocalTime parseTime() {
        try {
            return LocalTime.parse(clean(time));
        } catch (DateTimeParseException | NullPointerException garbled) {
            return null;
        }
    }

    private static Integer number(String typed) {
        try {
            return Integer.valueOf(clean(typed) == null ? "" : clean(typed));
        } catch (NumberFormatException garbled) {
            return null;
        }
    }
}
