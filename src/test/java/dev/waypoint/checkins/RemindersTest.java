package dev.waypoint.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.notifications.Outbox;
import dev.waypoint.people.Person;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Inbox;
import dev.waypoint.support.SignIn;
import dev.waypoint.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RemindersTest {

    /** Friday 27 November 2026, 10:30 in Berlin. */
    static final Instant FRIDAY_MORNING_BERLIN = Instant.parse("2026-11-27T09:30:00Z");

    @Inject
    TestClock clock;

    @Inject
    Reminders reminders;

    @Inject
    Outbox outbox;

    private String email;
    private Long personId;

    @BeforeEach
    void someoneWhoChecksInOnFridaysInBerlin() {
        clock.reset();
        String name = "reminded-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.asNewcomer(name).page("/");
        email = name + "@example.com";
        personId = QuarkusTransaction.requiringNew().call(() -> {
            Person person = Person.find("subject", name).firstResult();
            person.timeZone = "Europe/Berlin";
            person.checkInDay = DayOfWeek.FRIDAY;
            person.emailReminders = true;
            // Looked at on the first pass of the job, whatever time the test sets.
            Reminders.lookAgainFrom(person.id, Instant.EPOCH);
            return person.id;
        });
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    /** Runs the job and says how many reminders this person got from that run. */
    private int sendDueToThisPerson() {
        int before = Inbox.of(email).size();
        reminders.queueDue();
        outbox.sendDue();
        return Inbox.of(email).size() - before;
    }

    @Test
    void oneReminderGoesOutOnTheCheckInDayAndNeverASecond() {
        clock.set(Instant.parse("2026-11-27T07:30:00Z"));
        assertThat(sendDueToThisPerson()).as("8:30 in Berlin is before 9:00").isZero();

        clock.set(FRIDAY_MORNING_BERLIN);
        assertThat(sendDueToThisPerson()).isEqualTo(1);
        clock.set(FRIDAY_MORNING_BERLIN.plusSeconds(3600));
        assertThat(sendDueToThisPerson()).isZero();

        assertThat(Inbox.of(email)).hasSize(1);
        var mail = Inbox.of(email).get(0);
        assertThat(mail.subject()).isEqualTo("Your weekly check-in");
        assertThat(mail.text()).contains("/check-ins/2026-W48").contains("Stop these e-mails: http");
        assertThat(mail.html()).contains("Check in for");
        assertThat(mail.unsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void noReminderOnOtherDaysAfterACheckInOrWhenTurnedOff() {
        clock.set(Instant.parse("2026-11-26T09:30:00Z"));
        assertThat(sendDueToThisPerson()).as("Thursday").isZero();

        Fixtures.checkIn(personId, LocalDate.of(2026, 11, 23), "Done early", null, 4);
        clock.set(FRIDAY_MORNING_BERLIN);
        assertThat(sendDueToThisPerson()).as("already checked in").isZero();

        clock.set(FRIDAY_MORNING_BERLIN.plusSeconds(7 * 24 * 3600));
        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById(personId).emailReminders = false);
        assertThat(sendDueToThisPerson()).as("turned off").isZero();
        assertThat(Inbox.of(email)).isEmpty();
    }
}
