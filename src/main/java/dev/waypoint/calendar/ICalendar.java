package dev.waypoint.calendar;

import dev.waypoint.goals.Goal;
import dev.waypoint.goals.Step;
import dev.waypoint.meetings.Meeting;
import dev.waypoint.people.Person;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * A person's feed as iCalendar text (RFC 5545), written by ical4j: all-day events for target and
 * due dates, and the weekly check-in as one recurring event at 9:00 on their check-in day in their
 * own time zone, which the feed describes in a VTIMEZONE so every calendar app agrees on the hour.
 */
final class ICalendar {

    /** When the check-in shows in the calendar: the hour the reminder e-mail goes out. */
    static final LocalTime CHECK_IN_AT = LocalTime.of(9, 0);

    static final Duration CHECK_IN_LASTS = Duration.ofMinutes(15);

    private ICalendar() {}

    static String of(Person person, CalendarFeedEvents events, URI base, Instant now) {
        String host = base.getHost() == null ? "waypoint" : base.getHost();
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Waypoint//Calendar feed//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new XProperty(
                        "X-WR-CALNAME", "Waypoint: " + text(person.displayName).replace('\n', ' ')));
        ZoneId zone = person.zone();
        calendar.add(ZoneDefinition.of(zone, person.createdAt.atZone(zone).getYear()));
        calendar.add(weeklyCheckIn(person, zone, base, host, now));
        for (Goal goal : events.targets()) {
            calendar.add(allDay(
                    goal.targetDate,
                    "Target: " + text(goal.title),
                    "goal-" + goal.id,
                    base.resolve("goals/" + goal.id),
                    host,
                    now));
        }
        for (Step step : events.dueSteps()) {
            calendar.add(allDay(
                    step.dueDate,
                    "Step due: " + text(step.title) + " (" + text(step.goal.title) + ")",
                    "step-" + step.id,
                    base.resolve("goals/" + step.goal.id),
                    host,
                    now));
        }
        for (Meeting session : events.sessions()) {
            calendar.add(session(session, person, base, host, now));
        }
        // ical4j escapes text but folds at 75 characters; RFC 5545 counts octets, so the unfolded
        // text is folded here.
        return OctetFolding.fold(calendar.toString());
    }

    /**
     * People's words as iCalendar text: line breaks of any kind become one "\n" (which ical4j
     * escapes), and every other control character goes, since RFC 5545 text allows none.
     */
    static String text(String typed) {
        return typed.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\t', ' ')
                .replaceAll("[\\p{Cntrl}&&[^\n]]", "");
    }

    /**
     * Starts on the check-in day of the week the person joined, so the event stays the same from
     * one fetch to the next and calendar apps do not see a new one each time.
     */
    private static VEvent weeklyCheckIn(Person person, ZoneId zone, URI base, String host, Instant now) {
        ZonedDateTime first = person.createdAt
                .atZone(zone)
                .toLocalDate()
                .with(TemporalAdjusters.nextOrSame(person.checkInDay))
                .atTime(CHECK_IN_AT)
                .atZone(zone);
        Recur<ZonedDateTime> weekly = new Recur.Builder<ZonedDateTime>()
                .frequency(Frequency.WEEKLY)
                .dayList(WeekDay.getWeekDay(person.checkInDay))
                .build();
        VEvent event = new VEvent(first, CHECK_IN_LASTS, "Weekly check-in");
        return event.add(new RRule<>(weekly))
                .add(new Uid("check-in-" + person.id + "@" + host))
                .add(new DtStamp(now))
                .add(new Url(base.resolve("check-ins")))
                .add(new Description("Look back on your week in Waypoint: " + base.resolve("check-ins")));
    }

    /**
     * A mentoring session, in UTC, with the other person's name, the place and a link to its page;
     * never its notes or points. Its UID stays the same and its SEQUENCE counts each change, so
     * calendar apps move or drop the one event they have.
     */
    private static VEvent session(Meeting session, Person person, URI base, String host, Instant now) {
        URI page = base.resolve("mentorships/" + session.mentorship.id + "/sessions/" + session.id);
        VEvent event = new VEvent(
                        session.startsAt,
                        session.endsAt(),
                        "Mentoring session with " + text(session.otherThan(person.id).displayName))
                .add(new Uid("session-" + session.id + "@" + host))
                .add(new Sequence(session.sequence))
                .add(new DtStamp(now))
                .add(new Url(page))
                .add(new Description("The agenda and notes are in Waypoint: " + page));
        if (session.place != null) {
            event.add(new Location(text(session.place)));
        }
        if (session.isCancelled()) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        return event;
    }

    private static VEvent allDay(
            java.time.LocalDate date, String summary, String uid, URI link, String host, Instant now) {
        return new VEvent(date, summary)
                .add(new Uid(uid + "@" + host))
                .add(new DtStamp(now))
                .add(new Url(link));
    }
}
