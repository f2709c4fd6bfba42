package dev.waypoint.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.people.Person;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Inbox;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The e-mails of a session, as each side finds them in their inbox: delivered by the app's mailer
 * to a real SMTP server started for the tests.
 */
@QuarkusTest
class SessionMailTest {

    /** A Tuesday afternoon far from every other test's sessions. */
    static final Instant STARTS = Instant.parse("2031-03-04T15:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    SessionMail sessionMail;

    Newcomer mentor;
    Newcomer mentee;
    Long mentorshipId;
    Long sessionId;

    @BeforeEach
    void aSessionTomorrow() {
        mentor = Newcomer.signUp("mail-mentor");
        mentee = Newcomer.signUp("mail-mentee");
        Fixtures.timeZone(mentee.id(), "Europe/Berlin");
        mentorshipId = Fixtures.mentorship(mentor.id(), mentee.id(), false);
        sessionId = Fixtures.meeting(mentorshipId, mentor.id(), STARTS);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String address(Newcomer who) {
        return QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(who.id()).email);
    }

    private List<Inbox.Email> inboxOf(Newcomer who) {
        return Inbox.of(address(who));
    }

    private void runJobAt(Instant now) {
        clock.set(now);
        sessionMail.sendDue();
    }

    @Test
    void theDayBeforeEachSideGetsOneReminderWithTheAgendaTheyMaySee() {
        Fixtures.talkingPoint(sessionId, mentor.id(), "The conference talk", true);
        Fixtures.talkingPoint(sessionId, mentor.id(), "Ask about the reorg", false);
        Fixtures.talkingPoint(sessionId, mentee.id(), "Whether to ask for the lead role", false);
        Long checkIn = Fixtures.checkIn(mentee.id(), LocalDate.of(2031, 2, 24), "Gave the demo", "Rehearse", 3);
        QuarkusTransaction.requiringNew().run(() -> {
            CheckIn answered = CheckIn.findById(checkIn);
            answered.roadblocks = "The flaky deploy ate my week";
            answered.submittedAt = STARTS.minus(Duration.ofDays(5));
            answered.sharedWithMentors = true;
        });

        runJobAt(STARTS.minus(Duration.ofHours(25)));
        assertThat(inboxOf(mentor)).as("more than a day before").isEmpty();

        runJobAt(STARTS.minus(Duration.ofHours(23)));
        assertThat(inboxOf(mentor)).hasSize(1);
        assertThat(inboxOf(mentee)).hasSize(1);
        Inbox.Email toMentor = inboxOf(mentor).get(0);
        assertThat(toMentor.subject())
                .isEqualTo("Tomorrow: your session with " + mentee.displayName() + ", Tue 4 Mar 2031");
        assertThat(toMentor.text())
                .contains("Tue 4 Mar 2031, 15:00–16:00 (UTC time)")
                .contains("- The conference talk\n")
                .contains("- Ask about the reorg (private: only you see this)")
                .contains("Roadblock")
                .contains("The flaky deploy ate my week")
                .contains("/mentorships/" + mentorshipId + "/sessions/" + sessionId)
                .doesNotContain("lead role");
        Inbox.Email toMentee = inboxOf(mentee).get(0);
        assertThat(toMentee.text())
                .contains("Tue 4 Mar 2031, 16:00–17:00 (Europe/Berlin time)")
                .contains("- The conference talk\n")
                .contains("- Whether to ask for the lead role (private: only you see this)")
                .contains("The flaky deploy ate my week")
                .doesNotContain("reorg");

        runJobAt(STARTS.minus(Duration.ofHours(2)));
        assertThat(inboxOf(mentor)).as("never a second one").hasSize(1);
        assertThat(inboxOf(mentee)).hasSize(1);
    }

    @Test
    void aNewTimeEarnsANewReminderAndThePersonsChoiceIsKept() {
        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById(mentee.id()).emailSessions = false);
        runJobAt(STARTS.minus(Duration.ofHours(23)));
        assertThat(inboxOf(mentor)).hasSize(1);
        assertThat(inboxOf(mentee)).as("turned off on the profile").isEmpty();

        Instant later = STARTS.plus(Duration.ofDays(2));
        QuarkusTransaction.requiringNew()
                .run(() -> Meeting.<Meeting>findById(sessionId)
                        .reschedule(new Meeting.When(later.atZone(java.time.ZoneOffset.UTC), 60), null, null));
        runJobAt(later.minus(Duration.ofHours(20)));
        assertThat(inboxOf(mentor)).hasSize(2);
        assertThat(inboxOf(mentor).get(1).subject()).endsWith("Thu 6 Mar 2031");
    }

    @Test
    void nothingForACancelledSessionAnEndedMentorshipOrTheLastHour() {
        QuarkusTransaction.requiringNew()
                .run(() -> Meeting.<Meeting>findById(sessionId).status = Meeting.Status.CANCELLED);
        runJobAt(STARTS.minus(Duration.ofHours(23)));
        runJobAt(STARTS.plus(Duration.ofHours(2)));

        Fixtures.meeting(mentorshipId, mentor.id(), STARTS.plus(Duration.ofDays(7)));
        runJobAt(STARTS.plus(Duration.ofDays(7)).minus(Duration.ofMinutes(50)));
        assertThat(inboxOf(mentor)).as("planned too late for a reminder").isEmpty();

        Fixtures.meeting(mentorshipId, mentor.id(), STARTS.plus(Duration.ofDays(14)));
        Fixtures.endMentorshipsOf(mentee.id());
        runJobAt(STARTS.plus(Duration.ofDays(14)).minus(Duration.ofHours(23)));
        assertThat(inboxOf(mentor)).isEmpty();
        assertThat(inboxOf(mentee)).isEmpty();
    }

    @Test
    void afterTheSessionBothGetTheActionsOnce() {
        Fixtures.actionItem(sessionId, mentee.id(), mentor.id(), "Draft the talk outline");
        Fixtures.actionItem(sessionId, mentor.id(), mentor.id(), "Send the list of conferences");
        runJobAt(STARTS.plus(Duration.ofMinutes(70)));
        assertThat(inboxOf(mentee)).as("the session has only just ended").isEmpty();

        runJobAt(STARTS.plus(Duration.ofMinutes(95)));
        List<Inbox.Email> mentees = inboxOf(mentee);
        assertThat(mentees).hasSize(1);
        assertThat(mentees.get(0).subject())
                .isEqualTo("After your session with " + mentor.displayName() + ": 1 action for you");
        assertThat(mentees.get(0).text())
                .contains("- You: Draft the talk outline\n")
                .contains("- " + mentor.displayName() + ": Send the list of conferences\n")
                .contains("Was it helpful?");
        assertThat(inboxOf(mentor).get(0).text())
                .contains("- " + mentee.displayName() + ": Draft the talk outline\n")
                .contains("- You: Send the list of conferences\n")
                .doesNotContain("Was it helpful?");

        runJobAt(STARTS.plus(Duration.ofHours(5)));
        assertThat(inboxOf(mentee)).hasSize(1);
    }

    @Test
    void noNoteAfterASessionWithoutActions() {
        runJobAt(STARTS.plus(Duration.ofHours(3)));
        assertThat(inboxOf(mentee)).isEmpty();
        assertThat(inboxOf(mentor)).isEmpty();
    }

    @Test
    void twoInstancesRunningAtOnceSendEachEmailOnce() {
        clock.set(STARTS.minus(Duration.ofHours(23)));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(sessionMail::sendDue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(sessionMail::sendDue);
        one.join();
        two.join();
        assertThat(inboxOf(mentor)).hasSize(1);
        assertThat(inboxOf(mentee)).hasSize(1);
    }
}
