package dev.waypoint.meetings;

import dev.waypoint.operations.Postman;
import dev.waypoint.people.Person;
import dev.waypoint.web.Dates;
import dev.waypoint.web.FormInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jboss.logging.Logger;

/**
 * E-mails both people of a session: a reminder the day before with the agenda each of them may
 * see, and a short note after with the actions. Each goes to those who chose session e-mails on
 * their profile. What goes in is read when it is sent, through the same rules as the session's
 * page. A session is claimed before its e-mails go out, so a restart or a second instance never
 * sends them twice; moving a session to a new time earns a new reminder.
 */
@ApplicationScoped
public class SessionMail {

    private static final Logger LOG = Logger.getLogger(SessionMail.class);

    /** A reminder goes out once a session is a day away, and not in its last hour. */
    static final Duration REMIND_FROM = Duration.ofDays(1);

    static final Duration REMIND_UNTIL = Duration.ofHours(1);

    /** The note after waits this long after a session ends, for the actions to be written down. */
    static final Duration FOLLOW_UP_AFTER = Duration.ofMinutes(30);

    /** Sessions further back than this never get a note after (an instance down for a week stays quiet). */
    static final Duration FOLLOW_UP_WITHIN = Duration.ofDays(2);

    @Inject
    Postman postman;

    @Inject
    Clock clock;

    @Scheduled(every = "10m", delayed = "3m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sendDue();
    }

    /** Sends the reminders and notes after that are due now; returns how many e-mails went out. */
    public int sendDue() {
        if (!postman.isEnabled()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Long> toRemind = QuarkusTransaction.requiringNew()
                .call(() -> ids(Meeting.Mailing.REMINDER.due(now.plus(REMIND_UNTIL), now.plus(REMIND_FROM))));
        Instant lastEnd = now.minus(FOLLOW_UP_AFTER);
        List<Long> toFollowUp = QuarkusTransaction.requiringNew()
                .call(() -> Meeting.Mailing.FOLLOW_UP.due(now.minus(FOLLOW_UP_WITHIN), lastEnd).stream()
                        .filter(meeting -> !meeting.endsAt().isAfter(lastEnd))
                        .map(meeting -> meeting.id)
                        .toList());
        int sent = 0;
        for (Long id : toRemind) {
            sent += send(id, now, Meeting.Mailing.REMINDER, Postman.Kind.SESSION_REMINDER, this::reminder);
        }
        for (Long id : toFollowUp) {
            sent += send(id, now, Meeting.Mailing.FOLLOW_UP, Postman.Kind.SESSION_FOLLOW_UP, this::followUp);
        }
        if (sent > 0) {
            LOG.infof("Sent %d session e-mail(s)", sent);
        }
        return sent;
    }

    private static List<Long> ids(List<Meeting> meetings) {
        return meetings.stream().map(meeting -> meeting.id).toList();
    }

    /** One e-mail to someone, written when the session is claimed. */
    record Letter(String to, String subject, String text) {}

    /**
     * Claims the session, then writes each side's e-mail from what holds now, then sends them.
     * A refused e-mail leaves the session claimed: one missed reminder beats a flood on recovery.
     */
    private int send(
            Long meetingId,
            Instant now,
            Meeting.Mailing mailing,
            Postman.Kind kind,
            BiFunction<Meeting, Side, Letter> write) {
        if (!claimed(meetingId, now, mailing)) {
            return 0;
        }
        List<Letter> letters = QuarkusTransaction.requiringNew().call(() -> {
            Meeting meeting = Meeting.findById(meetingId);
            List<Letter> written = new ArrayList<>();
            for (Side side : sidesToMail(meeting)) {
                Letter letter = write.apply(meeting, side);
                if (letter != null) {
                    written.add(letter);
                }
            }
            return written;
        });
        int sent = 0;
        for (Letter letter : letters) {
            if (postman.send(kind, letter.to(), letter.subject(), letter.text())) {
                sent++;
            }
        }
        return sent;
    }

    /** Whether this run claimed the session; where two instances race, the database lets one. */
    private static boolean claimed(Long meetingId, Instant now, Meeting.Mailing mailing) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> mailing.claim(meetingId, now));
        } catch (PersistenceException anotherInstanceWasFirst) {
            LOG.debugf("Session %d's e-mail was claimed elsewhere", meetingId);
            return false;
        }
    }

    /**
     * The sides that get e-mail: none unless both people are active (a mentor of a deactivated
     * mentee has no side), then whoever chose session e-mails and has an address.
     */
    private static List<Side> sidesToMail(Meeting meeting) {
        Person mentor = meeting.mentorship.mentor;
        Person mentee = meeting.mentorship.mentee;
        if (!mentor.active || !mentee.active || meeting.mentorship.endedAt != null) {
            return List.of();
        }
        List<Side> sides = new ArrayList<>();
        if (wantsMail(mentor)) {
            sides.add(new Side(meeting.mentorship, mentor, mentee, true));
        }
        if (wantsMail(mentee)) {
            sides.add(new Side(meeting.mentorship, mentee, mentor, false));
        }
        return sides;
    }

    private static boolean wantsMail(Person person) {
        return person.emailSessions && person.email != null && !person.email.isBlank();
    }

    /** The day before: when and where, and the agenda as this side sees it on the page. */
    private Letter reminder(Meeting meeting, Side side) {
        if (!meeting.isPlanned()) {
            return null; // cancelled since it was found
        }
        Person me = side.me();
        StringBuilder text = greeting(me);
        text.append("Your mentoring session with ")
                .append(side.other().displayName)
                .append(" is on ")
                .append(meeting.timeFor(me))
                .append(" (")
                .append(me.zone().getId())
                .append(" time).\n");
        if (meeting.place != null) {
            text.append("Where: ").append(meeting.place).append('\n');
        }
        List<String> agenda = new ArrayList<>();
        for (TalkingPoint point : TalkingPoint.seenBy(meeting.id, me.id)) {
            if (!point.isCovered()) {
                agenda.add(point.text() + (point.shared ? "" : " (private: only you see this)"));
            }
        }
        Instant now = clock.instant();
        for (Agenda.Suggestion suggestion :
                Agenda.suggest(side, meeting, now, now.atZone(me.zone()).toLocalDate())) {
            agenda.add(suggestion.kind() + ": " + suggestion.text() + " (" + suggestion.from() + ")");
        }
        if (agenda.isEmpty()) {
            text.append("\nNothing on the agenda yet. A point or two helps you both come prepared.\n");
        } else {
            text.append("\nOn the agenda:\n");
            agenda.forEach(
                    item -> text.append("- ").append(FormInput.oneLine(item)).append('\n'));
        }
        text.append('\n')
                .append(postman.link(side.path() + "/sessions/" + meeting.id))
                .append("\n\n");
        text.append(whyThisMail());
        LocalDate today = now.atZone(me.zone()).toLocalDate();
        LocalDate day = meeting.startsAt.atZone(me.zone()).toLocalDate();
        // A day away at most: today or tomorrow where the recipient is.
        String when = day.equals(today) ? "Today" : "Tomorrow";
        return new Letter(
                me.email,
                when + ": your session with " + side.other().displayName + ", " + meeting.dayFor(me),
                text.toString());
    }

    /** After: the actions each of them took on, if they wrote any down; otherwise nothing. */
    private Letter followUp(Meeting meeting, Side side) {
        List<ActionItem> actions = ActionItem.ofMeeting(meeting.id);
        if (actions.isEmpty() || meeting.isCancelled()) {
            return null;
        }
        Person me = side.me();
        StringBuilder text = greeting(me);
        text.append("What you and ")
                .append(side.other().displayName)
                .append(" agreed on in your session of ")
                .append(meeting.dayFor(me))
                .append(":\n");
        for (ActionItem action : actions) {
            text.append("- ")
                    .append(action.owner.id.equals(me.id) ? "You" : action.owner.displayName)
                    .append(": ")
                    .append(FormInput.oneLine(action.body));
            if (action.dueOn != null) {
                text.append(" (by ").append(Dates.pretty(action.dueOn)).append(')');
            }
            if (action.isDone()) {
                text.append(" (done)");
            }
            text.append('\n');
        }
        text.append('\n')
                .append(postman.link(side.path() + "/sessions/" + meeting.id))
                .append('\n');
        if (!side.isMentor() && meeting.helpful == null) {
            text.append("Was it helpful? You can say so there, only the two of you see it.\n");
        }
        text.append('\n').append(whyThisMail());
        long mine = actions.stream().filter(a -> a.owner.id.equals(me.id)).count();
        String subject = "After your session with " + side.other().displayName + ": "
                + (mine == 0 ? "their actions" : mine == 1 ? "1 action for you" : mine + " actions for you");
        return new Letter(me.email, subject, text.toString());
    }

    private static StringBuilder greeting(Person me) {
        return new StringBuilder("Hi ").append(me.firstName()).append(",\n\n");
    }

    private static String whyThisMail() {
        return "You get this because you chose e-mails about mentoring sessions; you can turn them off on"
                + " your profile.\nWaypoint\n";
    }
}
