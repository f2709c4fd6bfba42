package dev.waypoint.notifications;

import dev.waypoint.web.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A person's choice for one kind of e-mail; without a row, the kind's default holds. */
@Entity
@Table(name = "email_choice")
public class EmailChoice extends Row {

    @Column(name = "person_id", nullable = false, updatable = false)
    public Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Topic topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Cadence cadence;

    /** Every notice topic's cadence for one person. */
    public static Map<Topic, Cadence> of(Long personId) {
        Map<Topic, Cadence> choices = new EnumMap<>(Topic.class);
        Topic.ofNotices().forEach(topic -> choices.put(topic, topic.byDefault()));
        EmailChoice.<EmailChoice>list("personId", personId)
                .forEach(choice -> choices.put(choice.topic, choice.cadence));
        return choices;
    }

    /** One topic's cadence for each of several people, in one statement. */
    static Map<Long, Cadence> of(Collection<Long> personIds, Topic topic) {
        Map<Long, Cadence> choices = new HashMap<>();
        personIds.forEach(id -> choices.put(id, topic.byDefault()));
        EmailChoice.<EmailChoice>list("personId in ?1 and topic = ?2", List.copyOf(personIds), topic)
                .forEach(choice -> choices.put(choice.personId, choice.cadence));
        return choices;
    }

    /** Sets one person's cadence for a topic. */
    public static void choose(Long personId, Topic topic, Cadence cadence) {
        EmailChoice choice = EmailChoice.<EmailChoice>find("personId = ?1 and topic = ?2", personId, topic)
                .firstResult();
        if (choice == null) {
            choice = new EmailChoice();
            choice.personId = personId;
            choice.topic = topic;
            choice.cadence = cadence;
            choice.persist();
        } else {
            choice.cadence = cadence;
        }
    }
}
