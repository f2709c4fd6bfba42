package dev.waypoint.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.circles.Mentorship;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvitationTest {

    @Test
    void aMentorInvitationIsShownOnceStoredHashedAndAcceptedOnce() {
        Person mentee = newcomer("mentee");
        Person mentor = newcomer("mentor");
        String link = invite(mentee, "MENTOR");
        String token = link.substring(link.lastIndexOf('/') + 1);
        String path = "/invitations/" + token;

        assertThat(token.length()).isGreaterThanOrEqualTo(43);
        String storedHash = QuarkusTransaction.requiringNew()
                .call(() ->
                        Invitation.<Invitation>find("inviter.id", mentee.id()).firstResult().tokenHash);
        assertThat(storedHash).isNotEqualTo(token).hasSize(64);
        assertThat(mentee.session().page("/people").text()).doesNotContain(token);

        var page = mentor.session().page(path);
        assertThat(page.selectFirst("h1").text()).contains(mentee.displayName() + " invites you");
        assertThat(page.text()).contains("to be their mentor");
        assertThat(active(mentor, mentee))
                .as("opening the link changes nothing")
                .isFalse();

        assertThat(mentee.session().form(path).post(path + "/accept").asString())
                .contains("your own invitation link");

        mentor.session().form(path).post(path + "/accept").then().statusCode(303);
        assertThat(active(mentor, mentee)).isTrue();
        Response again = mentor.session().form(path).post(path + "/accept");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(again.asString()).text()).contains("already been accepted");
    }

    @Inject
    MockMailbox mailbox;

    @Test
    void theLinkCanAlsoBeEmailed() {
        Person inviter = newcomer("mailer");
        String address = "future-mentor-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";

        Response page = inviter.session()
                .form("/people")
                .formParams(java.util.Map.of("role", "MENTOR", "email", address))
                .post("/people/invitations");

        String link = Jsoup.parse(page.asString()).getElementById("invite-link").val();
        assertThat(Jsoup.parse(page.asString()).text()).contains("We also e-mailed it to " + address);
        assertThat(mailbox.getMailsSentTo(address)).hasSize(1);
        assertThat(mailbox.getMailsSentTo(address).get(0).getText())
                .contains(link)
                .contains("as their mentor");
    }

    @Test
    void expiredRevokedAndUnknownLinksExplainThemselves() {
        Person inviter = newcomer("inviter");
        Person other = newcomer("other");
        String expired = tokenOf(invite(inviter, "MENTEE"));
        QuarkusTransaction.requiringNew()
                .run(() -> Invitation.update(
                        "expiresAt = ?1 where inviter.id = ?2", Instant.now().minusSeconds(60), inviter.id()));
        assertThat(Jsoup.parse(other.session()
                                .form("/")
                                .post("/invitations/" + expired + "/accept")
                                .asString())
                        .text())
                .contains("expired");

        String revoked = tokenOf(invite(inviter, "MENTEE"));
        Long id = QuarkusTransaction.requiringNew()
                .call(() -> Invitation.<Invitation>find(
                                "inviter.id = ?1 and revokedAt is null and expiresAt > ?2", inviter.id(), Instant.now())
                        .firstResult()
                        .id);
        inviter.session()
                .form("/people")
                .post("/people/invitations/" + id + "/revoke")
                .then()
                .statusCode(303);
        assertThat(Jsoup.parse(other.session().page("/invitations/" + revoked).outerHtml())
                        .text())
                .contains("withdrawn");

        other.session()
                .request()
                .get("/invitations/not-a-real-token-at-all-123456789012345678901234")
                .then()
                .statusCode(404);
        assertThat(active(other, inviter)).isFalse();
        assertThat(active(inviter, other)).isFalse();
    }

    @Test
    void twoPeopleAcceptingOneLinkAtOnceMakeExactlyOneMentorship() throws Exception {
        Person inviter = newcomer("popular");
        Person first = newcomer("first");
        Person second = newcomer("second");
        String path = "/invitations/" + tokenOf(invite(inviter, "MENTOR"));
        String firstToken = first.session().csrfToken(path);
        String secondToken = second.session().csrfToken(path);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> accepts = List.of(
                    () -> first.session()
                            .request()
                            .contentType("application/x-www-form-urlencoded")
                            .formParam("csrf-token", firstToken)
                            .post(path + "/accept")
                            .statusCode(),
                    () -> second.session()
                            .request()
                            .contentType("application/x-www-form-urlencoded")
                            .formParam("csrf-token", secondToken)
                            .post(path + "/accept")
                            .statusCode());
            List<Integer> statuses = pool.invokeAll(accepts).stream()
                    .map(InvitationTest::get)
                    .sorted()
                    .toList();
            assertThat(statuses).containsExactly(303, 409);
        } finally {
            pool.shutdown();
        }
        long mentorships =
                QuarkusTransaction.requiringNew().call(() -> Mentorship.count("mentee.id = ?1", inviter.id()));
        assertThat(mentorships).isEqualTo(1);
    }

    @Test
    void eitherSideCanEndTheMentorshipAndAccessEndsAtOnce() {
        Person mentee = newcomer("ending");
        Person mentor = newcomer("ended");
        Long mentorship = Fixtures.mentorship(mentor.id(), mentee.id(), false);
        Long goal = Fixtures.goal(mentee.id(), null, "Shared for a while");
        Fixtures.share(dev.waypoint.goals.Goal.class, goal);
        mentor.session().request().get("/goals/" + goal).then().statusCode(200);

        mentor.session()
                .form("/people")
                .post("/people/mentorships/" + mentorship + "/end")
                .then()
                .statusCode(303);

        mentor.session().request().get("/goals/" + goal).then().statusCode(404);
        assertThat(mentee.session().page("/people").text()).contains("No mentors yet");
    }

    record Person(String name, Long id, Session session) {
        String displayName() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    private static Person newcomer(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        Session session = SignIn.asNewcomer(name);
        session.page("/");
        return new Person(name, Fixtures.personIdOf(name), session);
    }

    private static String invite(Person who, String role) {
        Response page = who.session().form("/people").formParam("role", role).post("/people/invitations");
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.asString()).getElementById("invite-link").val();
    }

    private static String tokenOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static boolean active(Person mentor, Person mentee) {
        return QuarkusTransaction.requiringNew().call(() -> Mentorship.isActive(mentor.id(), mentee.id()));
    }

    private static Integer get(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
