package dev.waypoint.checkins;

import dev.waypoint.people.DayNames;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** Whether this week's check-in is done, due (its day hasn't passed) or late. */
public enum CheckInState {
    DONE("Done for this week. Nice."),
    DUE("Due on %s, your check-in day."),
    LATE("No check-in yet this week. There's still time."),
    PAUSED("This week is paused. Enjoy the break.");

    private final String message;

    CheckInState(String message) {
        this.message = message;
    }

    /** What the dashboard says of it; a due check-in names the day ("Due on Friday, your check-in day."). */
    public String message(DayOfWeek checkInDay, boolean dueToday) {
        if (this != DUE) {
            return message;
        }
        return dueToday ? "Due today, your check-in day." : message.formatted(DayNames.label(checkInDay));
    }

    public String css() {
        return name().toLowerCase();
    }

    public static CheckInState of(boolean submitted, boolean paused, LocalDate today, DayOfWeek checkInDay) {
        if (submitted) {
            return DONE;
        }
        if (paused) {
            return PAUSED;
        }
        return today.getDayOfWeek().getValue() <= checkInDay.getValue() ? DUE : LATE;
    }
}
