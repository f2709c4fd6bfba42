package dev.waypoint.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.circles.Mentorship;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Inbox;
import dev.waypoint.support.Newcomer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
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
        Newcomer mentee = Newcomer.signUp("mentee");
        Newcomer mentor = Newcomer.signUp("mentor");
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

    @Test
    void theLinkCanAlsoBeEmailed() {
        Newcomer inviter = Newcomer.signUp("mailer");
        String address = "future-mentor-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";

        Response page = inviter.session()
                .form("/people")
                .formParams(java.util.Map.of("role", "MENTOR", "email", address))
                .post("/people/invitations");

        String link = Jsoup.parse(page.asString()).getElementById("invite-link").val();
        assertThat(Jsoup.parse(page.asString()).text()).contains("We also e-mailed it to " + address);
        // On screen the link is on the address the inviter is using; the e-mail's on the public URL.
        assertThat(link)
                .startsWith(
                        io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/invitations/");
        String publicUrl = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("waypoint.public-url", String.class)
                .orElse("http://localhost:8080");
        assertThat(Inbox.of(address)).hasSize(1);
        assertThat(Inbox.of(address).get(0).text())
                .contains(publicUrl + java.net.URI.create(link).getPath())
                .contains("as their mentor");
    }

    @Test
    void expiredRevokedAndUnknownLinksExplainThemselves() {
        Newcomer inviter = Newcomer.signUp("inviter");
        Newcomer other = Newcomer.signUp("other");
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
        Newcomer inviter = Newcomer.signUp("popular");
        Newcomer first = Newcomer.signUp("first");
        Newcomer second = Newcomer.signUp("second");
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
    void anAddressAMailServerWouldRefuseIsExplainedAndTheLinkStillShown() {
        Newcomer inviter = Newcomer.signUp("careful");

        Response page = inviter.session()
                .form("/people")
                .formParams(java.util.Map.of("role", "MENTOR", "email", "a@b.c<x>"))
                .post("/people/invitations");

        assertThat(page.statusCode()).isEqualTo(200);
        var html = Jsoup.parse(page.asString());
        assertThat(html.getElementById("invite-link").val()).contains("/invitations/");
        assertThat(html.text()).contains("“a@b.c<x>” doesn't look like an e-mail address");
        assertThat(Inbox.of("a@b.c")).isEmpty();
    }

    @Test
    void usedExpiredAndRevokedTeamLinksExplainThemselvesOnOpeningAndOnAccepting() {
        Newcomer lead = Newcomer.signUp("lead");
        Newcomer joiner = Newcomer.signUp("joiner");
        Newcomer late = Newcomer.signUp("late");
        Long team = Fixtures.team("Closed links " + UUID.randomUUID(), lead.id());
        String used = tokenOf(teamInvite(lead, team));
        joiner.session()
                .form("/invitations/" + used)
                .post("/invitations/" + used + "/accept")
                .then()
                .statusCode(303);
        String revoked = tokenOf(teamInvite(lead, team));
        QuarkusTransaction.requiringNew()
                .run(() -> Invitation.update(
                        "revokedAt = ?1 where tokenHash = ?2", Instant.now(), Invitation.hash(revoked)));
        String expired = tokenOf(teamInvite(lead, team));
        QuarkusTransaction.requiringNew()
                .run(() -> Invitation.update(
                        "expiresAt = ?1 where tokenHash = ?2",
                        Instant.now().minusSeconds(1),
                        Invitation.hash(expired)));

        for (var closed : java.util.Map.of(used, "already been accepted", revoked, "withdrawn", expired, "expired")
                .entrySet()) {
            String path = "/invitations/" + closed.getKey();
            Response opened = late.session().request().get(path);
            assertThat(opened.statusCode()).as(closed.getValue()).isEqualTo(200);
            assertThat(Jsoup.parse(opened.asString()).text()).contains(closed.getValue());
            Response accepted = late.session().form("/").post(path + "/accept");
            assertThat(accepted.statusCode()).as(closed.getValue()).isEqualTo(409);
            assertThat(Jsoup.parse(accepted.asString()).text()).contains(closed.getValue());
        }
        late.session().request().get("/teams/" + team).then().statusCode(404);
    }

    @Test
    void tenMentorLinksAcceptedAtOnceMakeOneMentorshipAndEndingItEndsAccess() throws Exception {
        Newcomer mentee = Newcomer.signUp("eager");
        Newcomer mentor = Newcomer.signUp("sought");
        Long goal = Fixtures.goal(mentee.id(), null, "Shared with my one mentor");
        Fixtures.share(dev.waypoint.goals.Goal.class, goal);
        List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            paths.add("/invitations/" + tokenOf(invite(mentee, "MENTOR")));
        }
        String token = mentor.session().csrfToken("/people");

        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Integer> statuses;
        try {
            List<Callable<Integer>> accepts = paths.stream()
                    .<Callable<Integer>>map(path -> () -> mentor.session()
                            .request()
                            .contentType("application/x-www-form-urlencoded")
                            .formParam("csrf-token", token)
                            .post(path + "/accept")
                            .statusCode())
                    .toList();
            statuses = pool.invokeAll(accepts).stream().map(InvitationTest::get).toList();
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsOnly(303, 409).contains(303);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> Mentorship.count(
                                "mentor.id = ?1 and mentee.id = ?2 and endedAt is null", mentor.id(), mentee.id())))
                .isEqualTo(1);

        Long mentorship = QuarkusTransaction.requiringNew()
                .call(() -> Mentorship.<Mentorship>find("mentor.id = ?1 and mentee.id = ?2", mentor.id(), mentee.id())
                        .firstResult()
                        .id);
        mentee.session()
                .form("/people")
                .post("/people/mentorships/" + mentorship + "/end")
                .then()
                .statusCode(303);
        mentor.session().request().get("/goals/" + goal).then().statusCode(404);
    }

    @Test
    void theDatabaseItselfRefusesASecondActiveMentorshipOrMembership() {
        Newcomer mentee = Newcomer.signUp("unique");
        Newcomer mentor = Newcomer.signUp("twice");
        Fixtures.mentorship(mentor.id(), mentee.id(), false);
        Fixtures.mentorship(mentor.id(), mentee.id(), true);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.mentorship(mentor.id(), mentee.id(), false))
                .as("a second active mentorship of the same pair")
                .isInstanceOf(RuntimeException.class);

        Long team = Fixtures.team("Unique " + UUID.randomUUID(), mentee.id());
        Fixtures.member(team, mentor.id(), dev.waypoint.teams.Membership.Role.MEMBER, true);
        Fixtures.member(team, mentor.id(), dev.waypoint.teams.Membership.Role.MEMBER, false);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Fixtures.member(team, mentor.id(), dev.waypoint.teams.Membership.Role.MEMBER, false))
                .as("a second current membership of the same person in the same team")
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void twoTeamLinksAcceptedAtOnceMakeOneMembershipAndLeavingEndsAccess() throws Exception {
        Newcomer lead = Newcomer.signUp("busy-lead");
        Newcomer member = Newcomer.signUp("double-joiner");
        Long team = Fixtures.team("Racing " + UUID.randomUUID(), lead.id());
        List<String> paths = List.of(
                "/invitations/" + tokenOf(teamInvite(lead, team)), "/invitations/" + tokenOf(teamInvite(lead, team)));
        String token = member.session().csrfToken("/people");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            pool.invokeAll(paths.stream()
                            .<Callable<Integer>>map(path -> () -> member.session()
                                    .request()
                                    .contentType("application/x-www-form-urlencoded")
                                    .formParam("csrf-token", token)
                                    .post(path + "/accept")
                                    .statusCode())
                            .toList())
                    .forEach(InvitationTest::get);
        } finally {
            pool.shutdown();
        }
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> dev.waypoint.teams.Membership.count(
                                "team.id = ?1 and person.id = ?2 and leftAt is null", team, member.id())))
                .isEqualTo(1);

        member.session()
                .form("/teams/" + team)
                .post("/teams/" + team + "/leave")
                .then()
                .statusCode(303);
        member.session().request().get("/teams/" + team).then().statusCode(404);
    }

    @Test
    void eitherSideCanEndTheMentorshipAndAccessEndsAtOnce() {
        Newcomer mentee = Newcomer.signUp("ending");
        Newcomer mentor = Newcomer.signUp("ended");
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

    private static String invite(Newcomer who, String role) {
        Response page = who.session().form("/people").formParam("role", role).post("/people/invitations");
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.asString()).getElementById("invite-link").val();
    }

    private static String teamInvite(Newcomer lead, Long team) {
        Response page = lead.session()
                .form("/teams/" + team + "/manage")
                .formParam("email", "")
                .post("/teams/" + team + "/manage/invitations");
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.asString()).getElementById("invite-link").val();
    }

    private static String tokenOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static boolean active(Newcomer mentor, Newcomer mentee) {
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
