package dev.waypoint.meetings;

import dev.waypoint.people.Person;
import dev.waypoint.web.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/** Notes one side of a session keeps for themselves: nobody else ever reads them. */
@Entity
@Table(name = "meeting_note")
public class MeetingNote extends Row {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", updatable = false)
    public Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    public Person author;

    @Column(nullable = false)
    public String body;

    @Version
    public int version;

    static Optional<MeetingNote> of(Long meetingId, Long authorId) {
        return find("meeting.id = ?1 and author.id = ?2", meetingId, authorId).firstResultOptional();
    }
}
