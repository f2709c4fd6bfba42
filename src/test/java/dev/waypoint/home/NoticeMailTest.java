package dev.waypoint.home;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.goals.Goal;
import dev.waypoint.notifications.Outbox;
import dev.waypoint.notifications.OutboxMail;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Inbox;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.SmtpServer;
import dev.waypoint.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Inbox entries by e-mail, through the outbox and a real mail server: batched, in digests, never in quiet hours. */
@QuarkusTest
class NoticeMailTest {

    /** Tuesday 8 December 2026, noon in UTC, which every newcomer's zone is until they change it. */
    static final Instant NOON = Instant.parse("2026-12-08T12:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    Outbox outbox;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void commentsAsTheyHappenComeInOneEmailWithBothPartsAndAOneClickUnsubscribe() {
        clock.set(NOON);
        Newcomer alice = Newcomer.signUp("mailalice");
        Newcomer bob = Newcomer.signUp("mailbob");
        Newcomer carol = Newcomer.signUp("mailcarol");
        Fixtures.mentorship(bob.id(), alice.id(), false);
        Fixtures.mentorship(bob.id(), carol.id(), false);
        Long goal = Fixtures.goal(alice.id(), null, "Run the design review");
        Fixtures.share(Goal.class, goal);
        choose(alice, "FEEDBACK", "AS_IT_HAPPENS");
        choose(carol, "FEEDBACK", "AS_IT_HAPPENS");

        bob.commentsOn(goal, "Great start");
        bob.commentsOn(goal, "And a second thought");
        outbox.sendDue();
        assertThat(Inbox.of(alice.email())).as("gathered for a moment first").isEmpty();

        clock.set(NOON.plus(Duration.ofMinutes(3)));
        outbox.sendDue();
        outbox.sendDue();
        assertThat(Inbox.of(alice.email())).hasSize(1);
        Inbox.Email mail = Inbox.of(alice.email()).get(0);
        assertThat(mail.subject()).isEqualTo("2 new: comments, cheers and reads on what you share");
        assertThat(mail.text())
                .contains(bob.displayName() + " commented on your goal “Run the design review”")
                .contains("/goals/" + goal)
                .contains("You get this because you chose “as it happens”");
        assertThat(mail.html()).contains("Run the design review").contains("prefers-color-scheme: dark");
        assertThat(mail.unsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.unsubscribe()).startsWith("<http").endsWith(">");

        // The mail app's one-click request, with no session and no form token: that kind stops, for her alone.
        String link = URI.create(mail.unsubscribe().replaceAll("[<>]", "")).getPath();
        assertThat(given().get(link).then().statusCode(200).extract().asString())
                .contains("Comments, cheers and reads on what you share");
        given().formParam("List-Unsubscribe", "One-Click").post(link).then().statusCode(200);
        assertThat(alice.session()
                        .page("/profile")
                        .selectFirst("#email-feedback option[selected]")
                        .val())
                .isEqualTo("OFF");
        assertThat(carol.session()
                        .page("/profile")
                        .selectFirst("#email-feedback option[selected]")
                        .val())
                .as("nobody else's choice")
                .isEqualTo("AS_IT_HAPPENS");
        given().formParam("List-Unsubscribe", "One-Click")
                .post("/unsubscribe/" + "A".repeat(43))
                .then()
                .statusCode(404);

        clock.set(NOON.plus(Duration.ofMinutes(30)));
        bob.commentsOn(goal, "A third, after she stopped them");
        clock.set(NOON.plus(Duration.ofMinutes(40)));
        outbox.sendDue();
        assertThat(Inbox.of(alice.email())).as("off now").hasSize(1);
    }

    @Test
    void aDigestWaitsForTheMorningSaysOnlyWhatIsStillSharedAndComesOnce() {
        clock.set(Instant.parse("2026-12-08T21:00:00Z"));
        Newcomer mentee = Newcomer.signUp("digestmentee");
        Newcomer mentor = Newcomer.signUp("digestmentor");
        Newcomer other = Newcomer.signUp("digestother");
        Fixtures.mentorship(mentor.id(), mentee.id(), false);
        Fixtures.mentorship(other.id(), mentee.id(), false);
        Long kept = Fixtures.goal(mentee.id(), null, "Kept shared");
        Long unshared = Fixtures.goal(mentee.id(), null, "Taken back later");
        Fixtures.share(Goal.class, kept);
        Fixtures.share(Goal.class, unshared);
        mentor.commentsOn(kept, "First on kept");
        mentor.commentsOn(unshared, "First on the other");
        choose(mentor, "REPLIES", "DAILY");
        other.commentsOn(kept, "A reply on kept");
        other.commentsOn(unshared, "A reply on the other");
        mentee.session()
                .form("/goals/" + unshared)
                .formParams(Map.of("share", "off"))
                .post("/goals/" + unshared + "/sharing")
                .then()
                .statusCode(303);

        Long readFirst = Fixtures.goal(mentee.id(), null, "Read before the morning");
        Fixtures.share(Goal.class, readFirst);
        mentor.commentsOn(readFirst, "First on the read one");
        other.commentsOn(readFirst, "A reply he reads at once");
        mentor.session().page("/goals/" + readFirst);

        clock.set(Instant.parse("2026-12-08T23:30:00Z"));
        outbox.sendDue();
        assertThat(Inbox.of(mentor.email()))
                .as("quiet hours, and the digest comes in the morning")
                .isEmpty();

        clock.set(Instant.parse("2026-12-09T08:01:00Z"));
        outbox.sendDue();
        outbox.sendDue();
        assertThat(Inbox.of(mentor.email())).hasSize(1);
        Inbox.Email digest = Inbox.of(mentor.email()).get(0);
        assertThat(digest.subject()).isEqualTo("Today in Waypoint: replies where you commented");
        assertThat(digest.text())
                .contains(other.displayName() + " replied on “Kept shared”")
                .doesNotContain("Taken back later")
                .as("read in the app already")
                .doesNotContain("Read before the morning");
        assertThat(digest.html()).doesNotContain("Taken back later");
    }

    @Test
    void twoSendersAtOnceSendEachEmailOnce() throws Exception {
        clock.set(NOON);
        Newcomer mentor = Newcomer.signUp("oncementor");
        List<Newcomer> mentees = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Newcomer mentee = Newcomer.signUp("oncementee");
            Fixtures.mentorship(mentor.id(), mentee.id(), false);
            Long goal = Fixtures.goal(mentee.id(), null, "Goal " + i);
            Fixtures.share(Goal.class, goal);
            choose(mentee, "FEEDBACK", "AS_IT_HAPPENS");
            mentor.commentsOn(goal, "Well done " + i);
            mentees.add(mentee);
        }
        clock.set(NOON.plus(Duration.ofMinutes(3)));

        // Two instances' jobs, at the same moment, over the same outbox.
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(instances.submit(() -> {
                    start.await();
                    return outbox.sendDue();
                }));
            }
            start.countDown();
            for (Future<Integer> each : sent) {
                each.get(2, TimeUnit.MINUTES);
            }
        } finally {
            instances.shutdownNow();
        }
        for (Newcomer mentee : mentees) {
            assertThat(Inbox.of(mentee.email())).as(mentee.name()).hasSize(1);
        }
    }

    @Test
    void aMailServerThatRefusesIsTriedAgainLaterAndTheEmailGoesOnceItRecovers() {
        clock.set(NOON);
        Newcomer alice = Newcomer.signUp("refusedalice");
        Newcomer bob = Newcomer.signUp("refusedbob");
        Fixtures.mentorship(bob.id(), alice.id(), false);
        Long goal = Fixtures.goal(alice.id(), null, "Ship the importer");
        Fixtures.share(Goal.class, goal);
        choose(alice, "FEEDBACK", "AS_IT_HAPPENS");
        bob.commentsOn(goal, "Nice progress");
        Instant firstTry = NOON.plus(Duration.ofMinutes(3));
        try {
            SmtpServer.refuse();
            clock.set(firstTry);
            outbox.sendDue();
            OutboxMail waiting = mailOf(alice);
            assertThat(waiting.state).isEqualTo(OutboxMail.State.WAITING);
            assertThat(waiting.attempts).isEqualTo(1);
            assertThat(waiting.lastError).contains("refused");
            assertThat(waiting.dueAt).as("a minute later").isEqualTo(firstTry.plus(Duration.ofMinutes(1)));

            clock.set(firstTry.plus(Duration.ofMinutes(2)));
            outbox.sendDue();
            assertThat(mailOf(alice).attempts).isEqualTo(2);
            assertThat(mailOf(alice).dueAt).as("five minutes later").isEqualTo(firstTry.plus(Duration.ofMinutes(7)));
            assertThat(Inbox.of(alice.email())).isEmpty();
        } finally {
            SmtpServer.recover();
        }

        clock.set(firstTry.plus(Duration.ofMinutes(4)));
        outbox.sendDue();
        assertThat(mailOf(alice).state).as("not due again yet").isEqualTo(OutboxMail.State.WAITING);
        clock.set(firstTry.plus(Duration.ofMinutes(8)));
        outbox.sendDue();
        assertThat(Inbox.of(alice.email()))
                .singleElement()
                .satisfies(mail -> assertThat(mail.text())
                        .contains(bob.displayName() + " commented on your goal “Ship the importer”"));
        assertThat(mailOf(alice).state).isEqualTo(OutboxMail.State.SENT);
        assertThat(mailOf(alice).lastError).isNull();
        clock.set(firstTry.plus(Duration.ofHours(3)));
        outbox.sendDue();
        assertThat(Inbox.of(alice.email())).as("once").hasSize(1);
    }

    private static OutboxMail mailOf(Newcomer person) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxMail.<OutboxMail>find("personId", person.id()).singleResult());
    }

    @Test
    void choicesThatMakeNoSenseAreRefusedBesideTheirFieldsAndWhatWasTypedStays() {
        Newcomer person = Newcomer.signUp("mailtypo");
        Map<String, String> typed = new HashMap<>();
        for (String each : new String[] {"feedback", "replies", "mentees", "teams", "people", "sessions", "security"}) {
            typed.put(each, "DAILY");
        }
        typed.put("feedback", "EVERY_SECOND");
        typed.put("quietFrom", "25:99");
        typed.put("quietUntil", "07:30");
        var refused = person.session().form("/profile").formParams(typed).post("/profile/e-mail");
        assertThat(refused.statusCode()).isEqualTo(422);
        var page = org.jsoup.Jsoup.parse(refused.asString());
        assertThat(page.getElementById("email-feedback-error").text()).isEqualTo("Please pick how often, or off.");
        assertThat(page.getElementById("quietFrom-error").text()).isEqualTo("Please give a time such as 20:00.");
        assertThat(page.getElementById("quietFrom").val()).isEqualTo("25:99");
        assertThat(page.getElementById("quietUntil").val()).isEqualTo("07:30");
        assertThat(page.selectFirst("#email-replies option[selected]").val()).isEqualTo("DAILY");
        assertThat(person.session()
                        .page("/profile")
                        .selectFirst("#email-replies option[selected]")
                        .val())
                .as("nothing saved")
                .isEqualTo("DAILY");
        assertThat(person.session()
                        .page("/profile")
                        .getElementById("quietUntil")
                        .val())
                .isEqualTo("08:00");
    }

    private static void choose(Newcomer person, String topic, String cadence) {
        Map<String, String> choices = new HashMap<>();
        for (String each : new String[] {"feedback", "replies", "mentees", "teams", "people", "sessions", "security"}) {
            choices.put(each, "OFF");
        }
        choices.put(topic.toLowerCase(java.util.Locale.ROOT), cadence);
        choices.put("quietFrom", "20:00");
        choices.put("quietUntil", "08:00");
        person.session()
                .form("/profile")
                .formParams(choices)
                .post("/profile/e-mail")
                .then()
                .statusCode(303);
    }
}
