package dev.waypoint.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.goals.Goal;
import dev.waypoint.goals.Step;
import dev.waypoint.people.Person;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.Session;
import dev.waypoint.support.SqlStatements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.RRule;
import org.hibernate.SessionFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The private calendar feed: what it holds, in whose zone, read by two parsers, and when it stops. */
@QuarkusTest
class CalendarFeedTest {

    private static final LocalDate TARGET = LocalDate.of(2027, 3, 12);
    private static final LocalDate DUE = LocalDate.of(2027, 2, 1);

    @Test
    void theFeedHoldsMyDatesAndMyWeeklyCheckInInMyZone() throws Exception {
        Newcomer me = Newcomer.signUp("calendar");
        livesInBerlinAndChecksInOnFridays(me);
        Long goal = goalWithDates(me, "Write the book", "Draft chapter one");
        Long achieved = goalWithDates(me, "An old goal", "An old step");
        me.session().form("/goals/" + achieved).formParam("to", "ACHIEVED").post("/goals/" + achieved + "/status");

        String ics =
                fetch(turnOn(me.session())).then().statusCode(200).extract().asString();

        Calendar calendar = parse(ics);
        VTimeZone zone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Berlin");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events)
                .extracting(e -> e.getSummary().getValue())
                .containsExactlyInAnyOrder(
                        "Weekly check-in", "Target: Write the book", "Step due: Draft chapter one (Write the book)");
        VEvent checkIn = event(events, "Weekly check-in");
        ZonedDateTime start = (ZonedDateTime) checkIn.getDateTimeStart().getDate();
        assertThat(checkIn.getDateTimeStart()
                        .getParameter(Parameter.TZID)
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Europe/Berlin");
        assertThat(start.getOffset())
                .isEqualTo(ZoneId.of("Europe/Berlin").getRules().getOffset(start.toInstant()));
        assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        RRule<?> rule = checkIn.<RRule<?>>getProperty(Property.RRULE).orElseThrow();
        assertThat(rule.getValue()).isEqualTo("FREQ=WEEKLY;BYDAY=FR");
        Temporal target =
                event(events, "Target: Write the book").getDateTimeStart().getDate();
        assertThat(target).isEqualTo(TARGET);
        assertThat(event(events, "Target: Write the book").getUrl().getValue()).endsWith("/goals/" + goal);

        List<String> independent = readWithBiweekly(ics);
        assertThat(independent).contains("VTIMEZONE|Europe/Berlin");
        assertThat(independent)
                .anyMatch(line -> line.startsWith("VEVENT|Weekly check-in|")
                                && line.contains("T09:00:00+01:00|Europe/Berlin|FREQ=WEEKLY;BYDAY=FR")
                        || line.startsWith("VEVENT|Weekly check-in|")
                                && line.contains("T09:00:00+02:00|Europe/Berlin|FREQ=WEEKLY;BYDAY=FR"));
        assertThat(independent).contains("VEVENT|Target: Write the book|2027-03-12||");
        assertThat(independent).contains("VEVENT|Step due: Draft chapter one (Write the book)|2027-02-01||");
    }

    @Inject
    SessionFactory database;

    @Test
    void theFeedCostsTheSameStatementsForOneGoalOrTwenty() {
        Newcomer few = Newcomer.signUp("few-dates");
        Newcomer many = Newcomer.signUp("many-dates");
        goalWithDates(few, "The one goal", "Its step");
        for (int i = 0; i < 20; i++) {
            goalWithDates(many, "Goal " + i, "Step " + i);
        }

        long forFew = statements(turnOn(few.session()));
        long forMany = statements(turnOn(many.session()));

        assertThat(forFew).isPositive().isLessThanOrEqualTo(5);
        assertThat(forMany).isEqualTo(forFew);
    }

    private long statements(String feed) {
        return SqlStatements.ofSecond(database, () -> fetch(feed).then().statusCode(200));
    }

    /**
     * A session is in both feeds under one UID; a change raises its SEQUENCE with the new time, a
     * cancellation marks it cancelled; its notes and points never reach a feed.
     */
    @Test
    void sessionsAreInBothFeedsAndChangesKeepTheirUid() throws Exception {
        Newcomer mentor = Newcomer.signUp("feed-mentor");
        Newcomer mentee = Newcomer.signUp("feed-mentee");
        Long mentorship = Fixtures.mentorship(mentor.id(), mentee.id(), false);
        String page = "/mentorships/" + mentorship;
        LocalDate day = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10);
        Response planned = mentor.session()
                .form(page)
                .formParam("date", day.toString())
                .formParam("time", "15:30")
                .formParam("minutes", "45")
                .formParam("place", "Room Hopper")
                .post(page + "/sessions");
        assertThat(planned.statusCode()).isEqualTo(303);
        String session = java.net.URI.create(planned.header("Location")).getPath();
        String meetingId = session.substring(session.lastIndexOf('/') + 1);
        mentor.session()
                .form(session)
                .formParam("notes", "Secret-ish shared notes")
                .formParam("version", "0")
                .post(session + "/notes")
                .then()
                .statusCode(303);
        String mentorFeed = turnOn(mentor.session());
        String menteeFeed = turnOn(mentee.session());

        VEvent inMentors = event(
                parse(fetch(mentorFeed).asString()).getComponents("VEVENT"),
                "Mentoring session with " + mentee.displayName());
        VEvent inMentees = event(
                parse(fetch(menteeFeed).asString()).getComponents("VEVENT"),
                "Mentoring session with " + mentor.displayName());
        for (VEvent event : List.of(inMentors, inMentees)) {
            assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
                    .startsWith("session-" + meetingId + "@");
            assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                    .isEqualTo("0");
            assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue())
                    .isEqualTo("Room Hopper");
        }
        for (String feed : List.of(mentorFeed, menteeFeed)) {
            assertThat(fetch(feed).asString())
                    .contains("DTSTART:" + day.toString().replace("-", "") + "T153000Z");
        }
        assertThat(fetch(menteeFeed).asString()).doesNotContain("Secret-ish shared notes");

        String version = mentor.session()
                .page(session)
                .select("#manage-heading ~ details input[name=version]")
                .val();
        mentor.session()
                .form(session)
                .formParam("date", day.plusDays(1).toString())
                .formParam("time", "09:00")
                .formParam("minutes", "60")
                .formParam("version", version)
                .post(session)
                .then()
                .statusCode(303);
        VEvent moved = event(
                parse(fetch(menteeFeed).asString()).getComponents("VEVENT"),
                "Mentoring session with " + mentor.displayName());
        assertThat(moved.getProperty(Property.UID)).isEqualTo(inMentees.getProperty(Property.UID));
        assertThat(moved.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("1");
        assertThat(fetch(menteeFeed).asString())
                .contains("DTSTART:" + day.plusDays(1).toString().replace("-", "") + "T090000Z")
                .doesNotContain("T153000Z");

        mentee.session().form(session).post(session + "/cancel").then().statusCode(303);
        VEvent cancelled = event(
                parse(fetch(mentorFeed).asString()).getComponents("VEVENT"),
                "Mentoring session with " + mentee.displayName());
        assertThat(cancelled.getProperty(Property.UID)).isEqualTo(inMentors.getProperty(Property.UID));
        assertThat(cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("2");
        assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue())
                .isEqualTo("CANCELLED");
    }

    @Test
    void aNewAddressEndsTheOldOneAndTurningItOffEndsBoth() {
        Newcomer me = Newcomer.signUp("rotating");
        String first = turnOn(me.session());
        fetch(first).then().statusCode(200);

        Document profile = me.session().page("/profile");
        assertThat(profile.text()).contains("Your calendar feed is on").doesNotContain(first);
        String second = newAddress(me.session().form("/profile").post("/profile/calendar-feed"));

        assertThat(second).isNotEqualTo(first);
        fetch(first).then().statusCode(404);
        fetch(second).then().statusCode(200);

        me.session().form("/profile").post("/profile/calendar-feed/off").then().statusCode(303);
        fetch(second).then().statusCode(404);
        assertThat(me.session().page("/profile").text()).contains("Turn on a calendar feed");
        assertThat(me.session().page("/export").text()).contains("You turned the calendar feed off");
    }

    @Test
    void myFeedNeverShowsWhatOthersShareWithMeAndGuessesFindNothing() {
        Newcomer mentee = Newcomer.signUp("shares");
        Newcomer mentor = Newcomer.signUp("reads");
        Fixtures.mentorship(mentor.id(), mentee.id(), false);
        Long shared = goalWithDates(mentee, "A goal shared with my mentor", "A shared step");
        Fixtures.share(Goal.class, shared);

        String mentorsFeed = fetch(turnOn(mentor.session())).asString();

        assertThat(mentorsFeed).doesNotContain("A goal shared with my mentor").doesNotContain("A shared step");
        fetch("/calendar/" + "A".repeat(43) + ".ics").then().statusCode(404);
        fetch("/calendar/not-a-secret.ics").then().statusCode(404);
        fetch("/calendar/" + "%0d%0a".repeat(8) + ".ics").then().statusCode(404);
    }

    @Test
    void aTitleThatLooksLikeCalendarTextStaysATitle() throws Exception {
        Newcomer me = Newcomer.signUp("hostile");
        String title = "Ship it\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected; a, b";
        goalWithDates(me, title, "Step");

        String ics = fetch(turnOn(me.session())).asString();

        List<VEvent> events = parse(ics).getComponents("VEVENT");
        assertThat(events).hasSize(3);
        // ical4j escapes the line breaks; read back, a line break is one "\n".
        assertThat(events)
                .extracting(e -> e.getSummary().getValue())
                .contains("Target: " + title.replace("\r\n", "\n"));
        assertThat(readWithBiweekly(ics)).noneMatch(line -> line.startsWith("VEVENT|Injected"));
    }

    @Test
    void controlCharactersNeverReachTheFeedAndLinesFoldAtSeventyFiveOctets() throws Exception {
        Newcomer me = Newcomer.signUp("carriage");
        // Stored as an import could store it (PostgreSQL keeps no NUL, so a bell stands in).
        QuarkusTransaction.requiringNew()
                .run(() -> Person.<Person>findById(me.id()).displayName = "Carr\rX-WR-CALNAME:Owned\u0007");
        goalWithDates(me, "D\rSUMMARY:INJECTED\u0007\u001b[31m", "Step\u000bwith a tab\there");
        goalWithDates(me, "é".repeat(70), "Step");

        String ics = fetch(turnOn(me.session())).asString();

        for (String line : ics.split("\r\n")) {
            assertThat(line).as("a line of the feed").doesNotContainPattern("\\p{Cntrl}");
            assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                    .as("octets in " + line)
                    .isLessThanOrEqualTo(75);
        }
        Calendar calendar = parse(ics);
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .isEqualTo("Waypoint: Carr X-WR-CALNAME:Owned");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events)
                .extracting(e -> e.getSummary().getValue())
                .contains("Target: D\nSUMMARY:INJECTED[31m", "Target: " + "é".repeat(70))
                .anyMatch(summary -> summary.startsWith("Step due: Stepwith a tab here (D\nSUMMARY"));
    }

    @Test
    void aDeactivatedPersonsFeedAnswersNothingAndStaysOffAfterReactivation() {
        Newcomer me = Newcomer.signUp("leaving");
        String address = turnOn(me.session());
        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById(me.id()).active = false);
        fetch(address).then().statusCode(404);
        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById(me.id()).active = true);

        Newcomer back = me.deactivatedAndBack();

        fetch(address).then().statusCode(404);
        assertThat(back.session().page("/profile").text()).contains("Turn on a calendar feed");
    }

    /** Turns the feed on from the profile and returns the address shown, as a path. */
    private static String turnOn(Session session) {
        Response shown = session.form("/profile").post("/profile/calendar-feed");
        assertThat(shown.statusCode()).isEqualTo(200);
        return newAddress(shown);
    }

    private static String newAddress(Response shown) {
        String address = org.jsoup.Jsoup.parse(shown.asString())
                .getElementById("feed-link")
                .val();
        assertThat(address).matches("https?://.+/calendar/[A-Za-z0-9_-]{43}\\.ics");
        return address.substring(address.indexOf("/calendar/"));
    }

    /** As a calendar app asks: no cookies, no sign-in. */
    private static Response fetch(String path) {
        return RestAssured.given()
                .redirects()
                .follow(false)
                .urlEncodingEnabled(false)
                .get(path);
    }

    private static void livesInBerlinAndChecksInOnFridays(Newcomer person) {
        QuarkusTransaction.requiringNew().run(() -> {
            Person p = Person.findById(person.id());
            p.timeZone = "Europe/Berlin";
            p.checkInDay = DayOfWeek.FRIDAY;
        });
    }

    private static Long goalWithDates(Newcomer owner, String title, String step) {
        Long goal = Fixtures.goal(owner.id(), null, title, step);
        QuarkusTransaction.requiringNew().run(() -> {
            Goal.<Goal>findById(goal).targetDate = TARGET;
            Step.ofGoal(goal).get(0).dueDate = DUE;
        });
        return goal;
    }

    private static VEvent event(List<VEvent> events, String summary) {
        return events.stream()
                .filter(e -> e.getSummary().getValue().equals(summary))
                .findFirst()
                .orElseThrow();
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    /**
     * What biweekly (an iCalendar reader independent of ical4j) reads in the feed, one line a
     * component: VTIMEZONE|id, or VEVENT|summary|start|TZID|RRULE, the start with the offset the
     * feed's own VTIMEZONE gives it.
     */
    private static List<String> readWithBiweekly(String ics) {
        biweekly.ICalendar calendar = biweekly.Biweekly.parse(ics).first();
        assertThat(calendar).as("biweekly could not read the feed").isNotNull();
        List<String> read = new java.util.ArrayList<>();
        var zones = calendar.getTimezoneInfo();
        zones.getComponents()
                .forEach(zone -> read.add("VTIMEZONE|" + zone.getTimezoneId().getValue()));
        for (biweekly.component.VEvent event : calendar.getEvents()) {
            var start = event.getDateStart();
            String when;
            String zoneId = "";
            if (start.getValue().hasTime()) {
                var assigned = zones.getTimezone(start);
                zoneId = assigned.getComponent().getTimezoneId().getValue();
                int offsetSeconds =
                        assigned.getTimeZone().getOffset(start.getValue().getTime()) / 1000;
                when = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        start.getValue().toInstant().atOffset(java.time.ZoneOffset.ofTotalSeconds(offsetSeconds)));
            } else {
                var day = start.getValue().getRawComponents();
                when = LocalDate.of(day.getYear(), day.getMonth(), day.getDate())
                        .toString();
            }
            var rule = event.getRecurrenceRule();
            String recurrence = rule == null
                    ? ""
                    : "FREQ=" + rule.getValue().getFrequency() + ";BYDAY="
                            + rule.getValue().getByDay().stream()
                                    .map(day -> day.getDay().getAbbr())
                                    .collect(java.util.stream.Collectors.joining(","));
            read.add(String.join("|", "VEVENT", event.getSummary().getValue(), when, zoneId, recurrence));
        }
        return read;
    }
}
