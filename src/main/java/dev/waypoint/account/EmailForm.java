package dev.waypoint.account;

import dev.waypoint.notifications.Cadence;
import dev.waypoint.notifications.EmailChoice;
import dev.waypoint.notifications.Topic;
import dev.waypoint.people.Person;
import dev.waypoint.web.FormInput;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** What a person wants by e-mail, kind by kind, and their quiet hours: as typed, and as it reads back. */
public class EmailForm extends FormInput {

    @RestForm
    public String feedback;

    @RestForm
    public String replies;

    @RestForm
    public String mentees;

    @RestForm
    public String teams;

    @RestForm
    public String people;

    @RestForm
    public String sessions;

    @RestForm
    public String security;

    @RestForm
    public String quietFrom;

    @RestForm
    public String quietUntil;

    /** One kind's row on the page: its words, its field, what is chosen. */
    public record Row(Topic topic, String field, String chosen) {}

    public static EmailForm of(Person person) {
        EmailForm form = new EmailForm();
        EmailChoice.of(person.id).forEach((topic, cadence) -> form.set(topic, cadence.name()));
        form.quietFrom = person.quietFrom.toString();
        form.quietUntil = person.quietUntil.toString();
        return form;
    }

    public List<Row> rows() {
        return Topic.ofNotices().stream()
                .map(topic -> new Row(topic, field(topic), get(topic)))
                .toList();
    }

    public List<Cadence> cadences() {
        return List.of(Cadence.values());
    }

    public boolean validate() {
        errors.clear();
        for (Topic topic : Topic.ofNotices()) {
            if (cadence(get(topic)) == null) {
                errors.put(field(topic), "Please pick how often, or off.");
            }
        }
        if (time(quietFrom) == null) {
            errors.put("quietFrom", "Please give a time such as 20:00.");
        }
        if (time(quietUntil) == null) {
            errors.put("quietUntil", "Please give a time such as 08:00.");
        }
        return errors.isEmpty();
    }

    /** Saves the choices (only where they differ from what is kept) and the quiet hours. */
    public void applyTo(Person person) {
        Map<Topic, Cadence> before = EmailChoice.of(person.id);
        Map<Topic, Cadence> chosen = new EnumMap<>(Topic.class);
        Topic.ofNotices().forEach(topic -> chosen.put(topic, cadence(get(topic))));
        chosen.forEach((topic, cadence) -> {
            if (before.get(topic) != cadence) {
                EmailChoice.choose(person.id, topic, cadence);
            }
        });
        person.quietFrom = time(quietFrom);
        person.quietUntil = time(quietUntil);
    }

    private static String field(Topic topic) {
        return topic.name().toLowerCase(Locale.ROOT);
    }

    private String get(Topic topic) {
        return switch (topic) {
            case FEEDBACK -> feedback;
            case REPLIES -> replies;
            case MENTEES -> mentees;
            case TEAMS -> teams;
            case PEOPLE -> people;
            case SESSIONS -> sessions;
            case SECURITY -> security;
            case CHECK_IN_REMINDER -> throw new IllegalArgumentException("chosen in the profile itself");
        };
    }

    private void set(Topic topic, String value) {
        switch (topic) {
            case FEEDBACK -> feedback = value;
            case REPLIES -> replies = value;
            case MENTEES -> mentees = value;
            case TEAMS -> teams = value;
            case PEOPLE -> people = value;
            case SESSIONS -> sessions = value;
            case SECURITY -> security = value;
            case CHECK_IN_REMINDER -> throw new IllegalArgumentException("chosen in the profile itself");
        }
    }

    private static Cadence cadence(String value) {
        try {
            return value == null ? null : Cadence.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static LocalTime time(String value) {
        try {
            return value == null ? null : LocalTime.parse(value.strip());
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }
}
