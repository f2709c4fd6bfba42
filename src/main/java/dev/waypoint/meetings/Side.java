package dev.waypoint.meetings;

import dev.waypoint.circles.Mentorship;
import dev.waypoint.people.Person;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;

/**
 * A mentorship as one of its two people stands in it. The mentor has it while it is active and
 * the mentee's account is; the mentee keeps it after it ends (the record is theirs). Everyone else,
 * admins included, has nothing: 404.
 */
public record Side(Mentorship mentorship, Person me, Person other, boolean isMentor) {

    /** The viewer's side of the mentorship, if they have one now. */
    public static Optional<Side> of(Long mentorshipId, Long viewerId) {
        return Mentorship.<Mentorship>find(
                        "from Mentorship m join fetch m.mentor join fetch m.mentee e where m.id = ?1"
                                + " and (e.id = ?2 or (m.mentor.id = ?2 and m.endedAt is null and e.active = true))",
                        mentorshipId,
                        viewerId)
                .firstResultOptional()
                .map(m -> m.mentee.id.equals(viewerId)
                        ? new Side(m, m.mentee, m.mentor, false)
                        : new Side(m, m.mentor, m.mentee, true));
    }

    /** The viewer's side of an active mentorship, where things can still change; otherwise 404. */
    static Side active(Long mentorshipId, Long viewerId) {
        return of(mentorshipId, viewerId).filter(Side::isActive).orElseThrow(NotFoundException::new);
    }

    public boolean isActive() {
        return mentorship.endedAt == null;
    }

    public Person mentee() {
        return isMentor ? other : me;
    }

    public Person mentor() {
        return isMentor ? me : other;
    }

    /** The top-bar entry the page belongs to: Mentees for the mentor, People for the mentee. */
    public String nav() {
        return isMentor ? "mentoring" : "people";
    }

    public String path() {
        return "/mentorships/" + mentorship.id;
    }
}
