package dev.waypoint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What happened on an account, as its owner reads it on "Your data": their own events, never anyone's text. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    AuditLog audit;

    @Test
    void aNewcomerSeesTheirSignInAndWhatTheyDid() {
        Newcomer newcomer = Newcomer.signUp("trail");
        Long goal = Fixtures.goal(newcomer.id(), null, "Quiet ambition " + newcomer.name(), "First step");

        newcomer.session()
                .form("/goals/" + goal)
                .formParam("share", "on")
                .post("/goals/" + goal + "/sharing")
                .then()
                .statusCode(303);
        newcomer.session().request().get("/export/waypoint.json").then().statusCode(200);

        List<String> lines = trail(newcomer);
        assertThat(lines.get(0)).startsWith("You downloaded your data");
        assertThat(lines.get(1)).startsWith("You changed who sees goal #" + goal + ": now shared with mentors");
        assertThat(lines.get(lines.size() - 1)).startsWith("You signed in").contains(" · from ");
        assertThat(String.join(" ", lines)).doesNotContain("Quiet ambition");
    }

    @Test
    void bothSidesOfAnAcceptedInvitationSeeItAndNobodyElseDoes() {
        Newcomer mentee = Newcomer.signUp("asks");
        Newcomer mentor = Newcomer.signUp("answers");
        Newcomer stranger = Newcomer.signUp("stranger");
        Response invited = mentee.session()
                .form("/people")
                .formParams(Map.of("role", "MENTOR", "email", ""))
                .post("/people/invitations");
        String link =
                Jsoup.parse(invited.asString()).getElementById("invite-link").val();
        String path = link.substring(link.indexOf("/invitations/"));
        mentor.session().form(path).post(path + "/accept").then().statusCode(303);

        assertThat(trail(mentee))
                .anyMatch(line -> line.startsWith(mentor.displayName() + " accepted your invitation as mentor"))
                .anyMatch(line -> line.startsWith("You created an invitation for a mentor"));
        assertThat(trail(mentor))
                .anyMatch(line -> line.startsWith("You accepted " + mentee.displayName() + "'s invitation as mentor"));
        assertThat(trail(mentee))
                .filteredOn(line -> line.startsWith(mentor.displayName() + " accepted"))
                .allMatch(line -> !line.contains(" · from "), "another person's address");
        assertThat(String.join(" ", trail(stranger)))
                .doesNotContain(mentee.displayName())
                .doesNotContain(mentor.displayName());
    }

    @Test
    void changingWhoSeesACheckInIsRecordedOnceWithTheTeamsByName() {
        Newcomer member = Newcomer.signUp("shares-check-ins");
        Long team = Fixtures.team("Guild " + member.name(), member.id());
        String week = dev.waypoint.checkins.Week.current(java.time.Clock.systemUTC(), java.time.ZoneOffset.UTC)
                .id();
        String path = "/check-ins/" + week;
        member.session()
                .form(path)
                .formParams(Map.of("wins", "Private win text", "confidence", "3", "teams", team.toString()))
                .post(path)
                .then()
                .statusCode(303);
        member.session()
                .form(path)
                .formParams(Map.of("wins", "Private win text, edited", "confidence", "3", "teams", team.toString()))
                .post(path)
                .then()
                .statusCode(303);

        List<String> sharing = trail(member).stream()
                .filter(line -> line.startsWith("You changed who sees the check-in"))
                .toList();
        assertThat(sharing).hasSize(1);
        assertThat(sharing.get(0)).contains(": now shared with the team Guild " + member.name());
        assertThat(String.join(" ", trail(member))).doesNotContain("Private win text");
    }

    @Test
    void aTrailShowsAnAddressOnlyForItsOwnersActionsAndTheAdminLogShowsEveryOne() {
        Newcomer mentee = Newcomer.signUp("keeps-address");
        Newcomer mentor = Newcomer.signUp("has-address");
        QuarkusTransaction.requiringNew().run(() -> {
            audit.record(AuditKind.INVITATION_ACCEPTED, mentor.id(), mentee.id(), "as mentor", "198.51.100.7");
            audit.record(AuditKind.EXPORTED, mentee.id(), null, null, "203.0.113.9");
        });

        assertThat(String.join(" ", trail(mentee)))
                .doesNotContain("198.51.100.7")
                .contains("from 203.0.113.9");
        assertThat(String.join(" ", trail(mentor))).contains("from 198.51.100.7");
        assertThat(SignIn.as(dev.waypoint.support.Persona.ERIN)
                        .page("/admin/audit?person=" + mentee.id())
                        .text())
                .contains("from 198.51.100.7")
                .contains("from 203.0.113.9");
    }

    @Test
    void signingOutIsRecordedAndSeenFromTheNextSession() {
        Newcomer newcomer = Newcomer.signUp("leaves-for-lunch");
        newcomer.session().form("/").post("/sign-out").then().statusCode(303);

        newcomer = new Newcomer(newcomer.name(), newcomer.id(), SignIn.asNewcomer(newcomer.name()));

        assertThat(trail(newcomer)).anyMatch(line -> line.startsWith("You signed out"));
    }

    @Test
    void aLongTrailComesAPageAtATime() {
        Newcomer busy = Newcomer.signUp("busy");
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 25; i++) {
                audit.record(AuditKind.EXPORTED, busy.id(), null, null, "192.0.2.1");
            }
        });

        Document first = busy.session().page("/export");
        assertThat(first.select("#history li")).hasSize(20);
        Document second = busy.session()
                .page(first.select("#history a:contains(Older events)")
                        .attr("href")
                        .replaceAll("#.*", ""));
        assertThat(second.select("#history li")).hasSize(6);
        assertThat(second.select("#history li").last().text()).startsWith("You signed in");
        assertThat(second.select("#history a:contains(Older events)")).isEmpty();
    }

    @Test
    void eventsPastTheRetentionPeriodArePurgedAndNewerOnesStay() {
        Newcomer newcomer = Newcomer.signUp("long-ago");
        Long old = QuarkusTransaction.requiringNew().call(() -> {
            audit.record(AuditKind.EXPORTED, newcomer.id(), null, null, null);
            AuditEvent event = AuditEvent.newestOf(AuditKind.EXPORTED, null, 1).get(0);
            AuditEvent.update("at = ?1 where id = ?2", Instant.parse("2000-01-01T00:00:00Z"), event.id);
            return event.id;
        });

        long purged = QuarkusTransaction.requiringNew()
                .call(() -> audit.purgeOlderThan(Instant.parse("2001-01-01T00:00:00Z")));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        AuditEvent purgedEvent = QuarkusTransaction.requiringNew().call(() -> AuditEvent.findById(old));
        assertThat(purgedEvent).isNull();
        assertThat(trail(newcomer)).anyMatch(line -> line.startsWith("You signed in"));
    }

    private static List<String> trail(Newcomer person) {
        return person.session().page("/export").select("#history li").eachText();
    }
}
