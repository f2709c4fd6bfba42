package dev.waypoint.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waypoint.checkins.CheckIn;
import dev.waypoint.meetings.ActionItem;
import dev.waypoint.meetings.Meeting;
import dev.waypoint.meetings.TalkingPoint;
import dev.waypoint.people.Person;
import dev.waypoint.people.ProfileForm;
import dev.waypoint.people.TimeZones;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Sessions an import brings: which the app could have written, and how they are kept and read back. */
final class KeptSessions {

    /** The most points or actions one session of a file may hold. */
    static final int MOST_ITEMS = 500;

    private static final Set<String> SIDES = Set.of("mentor", "mentee");

    private KeptSessions() {}

    /** A session the app could have written: known words, lengths the app allows. */
    static boolean isValid(ExportFile.SessionData session) {
        return session.with() != null
                && !session.with().isBlank()
                && session.with().length() <= ProfileForm.DISPLAY_NAME_MAX
                && SIDES.contains(session.side())
                && session.startsAt() != null
                && (session.zone() == null || TimeZones.ids().contains(session.zone()))
                && session.minutes() > 0
                && session.minutes() <= 24 * 60
                && within(session.place(), Meeting.PLACE_MAX)
                && (session.repeatWeeks() == null || Meeting.REPEATS.contains(session.repeatWeeks()))
                && named(Meeting.Status.values(), session.status())
                && within(session.sharedNotes(), Meeting.NOTES_MAX)
                && within(session.privateNotes(), Meeting.NOTES_MAX)
                && (session.helpful() == null || named(Meeting.Helpful.values(), session.helpful()))
                && within(session.helpfulNote(), Meeting.HELPFUL_NOTE_MAX)
                && items(session.points()).size() <= MOST_ITEMS
                && items(session.points()).stream().allMatch(KeptSessions::isValid)
                && items(session.actions()).size() <= MOST_ITEMS
                && items(session.actions()).stream().allMatch(KeptSessions::isValid);
    }

    private static boolean isValid(ExportFile.PointData point) {
        // A point from a check-in carries the answer's words, which may be as long as the answer.
        return point.text() != null
                && within(point.text(), point.fromCheckIn() == null ? TalkingPoint.BODY_MAX : CheckIn.ROADBLOCKS_MAX)
                && (point.fromCheckIn() == null || named(TalkingPoint.Answer.values(), point.fromCheckIn()));
    }

    private static boolean isValid(ExportFile.ActionData action) {
        return action.text() != null && within(action.text(), ActionItem.BODY_MAX) && SIDES.contains(action.owner());
    }

    /** Keeps a valid session as the person's own record. */
    static void keep(ExportFile.SessionData session, Person owner, Instant now, ObjectMapper json) {
        KeptSession kept = new KeptSession();
        kept.owner = owner;
        kept.startsAt = session.startsAt();
        kept.importedAt = now;
        try {
            kept.session = json.writeValueAsString(session);
        } catch (JsonProcessingException cannotHappenForARecord) {
            throw new UncheckedIOException(cannotHappenForARecord);
        }
        kept.persist();
    }

    /** A kept session as the file gave it. */
    static ExportFile.SessionData read(KeptSession kept, ObjectMapper json) {
        try {
            return json.readValue(kept.session, ExportFile.SessionData.class);
        } catch (JsonProcessingException writtenByKeep) {
            throw new UncheckedIOException(writtenByKeep);
        }
    }

    private static boolean within(String text, int max) {
        return text == null || text.length() <= max;
    }

    private static boolean named(Enum<?>[] values, String name) {
        return Arrays.stream(values).anyMatch(value -> value.name().equals(name));
    }

    private static <T> List<T> items(List<T> items) {
        return items == null ? List.of() : items;
    }
}
