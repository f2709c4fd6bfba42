package dev.waypoint.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.audit.AuditEvent;
import dev.waypoint.audit.AuditKind;
import dev.waypoint.goals.Goal;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.RowsPointingAt;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.TeamShare;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Looking after the instance: an admin finds people, deactivates, reactivates and deletes them, and looks after teams. */
@QuarkusTest
class AdminTest {

    @Inject
    AgroalDataSource database;

    private Session admin;
    private String adminName;

    @BeforeEach
    void anAdminSignsIn() {
        adminName = "admin-" + UUID.randomUUID().toString().substring(0, 6);
        admin = SignIn.asNewAdmin(adminName);
        admin.page("/");
    }

    @Test
    void thePeopleListCountsWhatPeopleHaveButNeverShowsIt() {
        Newcomer counted = Newcomer.signUp("counted");
        Fixtures.goal(counted.id(), null, "Secret plan " + counted.name(), "A private step");
        Fixtures.checkIn(counted.id(), Fixtures.pastWeekWithoutCheckIn(counted.id()), "Private win", null, 4);

        Document list = admin.page("/admin/people?q=" + counted.name().toUpperCase());

        assertThat(list.select("#people-count").text()).startsWith("1 person matches");
        Element row = list.select("tbody tr").first();
        assertThat(row.select("th").text()).isEqualTo(counted.displayName());
        assertThat(row.select("td").eachText()).containsSubsequence("1", "1", "0", "0");
        assertThat(list.text()).doesNotContain("Secret plan").doesNotContain("Private win");
        assertThat(admin.page("/admin").select(".counters").text())
                .contains("People")
                .contains("Database size");
        assertThat(admin.page("/admin").select(".chart-caption").text()).contains("check-ins in the last 12 weeks");
        assertThat(admin.page("/admin").select(".counters").text()).contains("E-mails waiting to go");
        // An e-mail the outbox gave up on, as it leaves one: the overview says so.
        QuarkusTransaction.requiringNew().run(() -> {
            var failed = new dev.waypoint.notifications.OutboxMail();
            failed.personId = counted.id();
            failed.kind = dev.waypoint.notifications.OutboxMail.Kind.NOTICES;
            failed.topic = dev.waypoint.notifications.Topic.FEEDBACK;
            failed.state = dev.waypoint.notifications.OutboxMail.State.FAILED;
            failed.dueAt = java.time.Instant.now();
            failed.attempts = 6;
            failed.createdAt = java.time.Instant.now();
            failed.persist();
        });
        assertThat(admin.page("/admin").select("#mail-warning").text())
                .contains("could not be sent in the last 30 days");
        boolean onPostgres = "postgresql".equals(System.getProperty("quarkus.datasource.db-kind"));
        assertThat(admin.page("/admin").select("#backups").text())
                .as("the suite's database says who backs it up")
                .contains(onPostgres ? "backups are the database’s job: pg_dump" : "lives in memory");
    }

    @Test
    void theListIsPagedAndTheSearchKeepsItsTextAcrossPages() {
        String family = "paged-" + UUID.randomUUID().toString().substring(0, 4);
        for (int i = 0; i < Pager.SIZE + 2; i++) {
            Fixtures.person(family + "-" + i);
        }

        Document first = admin.page("/admin/people?q=" + family);
        assertThat(first.select("tbody tr")).hasSize(Pager.SIZE);
        assertThat(first.select("#people-count").text()).contains((Pager.SIZE + 2) + " people match", "page 1 of 2");
        Document second = admin.page(first.select("a[rel=next]").attr("href"));
        assertThat(second.select("tbody tr")).hasSize(2);
        assertThat(second.select("#q").val()).isEqualTo(family);
        assertThat(second.select("#people-count").text()).contains("page 2 of 2");
        assertThat(second.select("a[rel=next]")).isEmpty();
        Document back = admin.page(second.select("a[rel=prev]").attr("href"));
        assertThat(back.select("tbody tr")).hasSize(Pager.SIZE);
        assertThat(back.select("#q").val()).isEqualTo(family);
    }

    @Test
    void deactivatingSignsThemOutHidesWhatTheySharedAndReactivatingBringsItBack() {
        Newcomer dave = Newcomer.signUp("dave-like");
        Newcomer lead = Newcomer.signUp("their-lead");
        Newcomer mentor = Newcomer.signUp("their-mentor");
        String title = "Ship the pipeline " + dave.name();
        Long goal = Fixtures.goal(dave.id(), null, title, "Write the config");
        Fixtures.share(Goal.class, goal);
        Fixtures.mentorship(mentor.id(), dave.id(), false);
        Long team = Fixtures.team("Platform " + dave.name(), lead.id());
        Fixtures.member(team, dave.id(), Membership.Role.MEMBER, false);
        Fixtures.shareWithTeam(team, TeamShare.Item.GOAL, goal, dave.id());
        assertThat(lead.session().page("/teams/" + team).text()).contains(title);
        assertThat(mentor.session().page("/mentoring").text()).contains(title);

        Document confirm = admin.page("/admin/people/" + dave.id() + "/deactivate");
        assertThat(confirm.select("h1").text()).isEqualTo("Deactivate " + dave.displayName() + "?");
        admin.form("/admin/people")
                .post("/admin/people/" + dave.id() + "/deactivate")
                .then()
                .statusCode(303);

        assertThat(dave.session().request().get("/goals").statusCode())
                .as("signed out at once")
                .isEqualTo(302);
        Session daveAgain = SignIn.asNewcomer(dave.name());
        var refused = daveAgain.request().get("/goals");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.asString()).select("h1").text()).isEqualTo("Your account is deactivated");
        assertThat(refused.asString()).doesNotContain(title);
        assertThat(daveAgain
                        .request()
                        .header("HX-Request", "true")
                        .get("/goals/" + goal)
                        .statusCode())
                .isEqualTo(403);
        assertThat(lead.session().page("/teams/" + team).text())
                .doesNotContain(title)
                .doesNotContain(dave.displayName());
        assertThat(mentor.session().page("/mentoring").text()).doesNotContain(title);
        assertThat(mentor.session()
                        .request()
                        .get("/mentoring/mentees/" + dave.id())
                        .statusCode())
                .isEqualTo(404);
        assertThat(mentor.session().request().get("/goals/" + goal).statusCode())
                .isEqualTo(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Goal.<Goal>findById(goal).title))
                .as("nothing is deleted")
                .isEqualTo(title);

        admin.form("/admin/people")
                .post("/admin/people/" + dave.id() + "/reactivate")
                .then()
                .statusCode(303);

        assertThat(daveAgain.request().get("/goals").statusCode()).isEqualTo(200);
        assertThat(lead.session().page("/teams/" + team).text()).contains(title);
        assertThat(mentor.session().page("/mentoring").text()).contains(title);
        String trail = admin.page("/admin/audit?person=" + dave.id())
                .select(".audit-trail")
                .text();
        assertThat(trail)
                .contains("You deactivated " + dave.displayName() + "'s account")
                .contains("You reactivated " + dave.displayName() + "'s account");
        assertThat(daveAgain.page("/export").select("#history").text())
                .contains(capitalized(adminName) + " deactivated your account")
                .contains("You signed in at the provider, but the account is deactivated");
    }

    @Test
    void aTeamWhoseOnlyLeadIsDeactivatedAwaitsAnAdminToNameOne() {
        Newcomer lead = Newcomer.signUp("only-lead");
        Newcomer member = Newcomer.signUp("stays");
        String name = "Leaderless " + lead.name();
        Long team = Fixtures.team(name, lead.id());
        Fixtures.member(team, member.id(), Membership.Role.MEMBER, false);
        assertThat(member.session().request().get("/teams/" + team + "/manage").statusCode())
                .isEqualTo(404);

        admin.form("/admin/people")
                .post("/admin/people/" + lead.id() + "/deactivate")
                .then()
                .statusCode(303);

        Element row = admin.page("/admin/teams").select("tbody tr").stream()
                .filter(tr -> tr.select("th").text().startsWith(name))
                .findFirst()
                .orElseThrow();
        assertThat(row.select("th").text()).contains("needs a lead");
        Document choice = admin.page("/admin/teams/" + team + "/lead");
        assertThat(choice.select("#membershipId option").eachText()).containsExactly(member.displayName());
        admin.form("/admin/teams/" + team + "/lead")
                .formParam("membershipId", choice.select("#membershipId option").val())
                .post("/admin/teams/" + team + "/lead")
                .then()
                .statusCode(303);
        assertThat(member.session().request().get("/teams/" + team + "/manage").statusCode())
                .isEqualTo(200);

        admin.form("/admin/teams")
                .post("/admin/teams/" + team + "/archive")
                .then()
                .statusCode(303);
        assertThat(member.session().request().get("/teams/" + team).statusCode())
                .isEqualTo(404);
        admin.form("/admin/teams")
                .post("/admin/teams/" + team + "/restore")
                .then()
                .statusCode(303);
        assertThat(member.session().request().get("/teams/" + team).statusCode())
                .isEqualTo(200);
        assertThat(admin.page("/admin/audit?kind=TEAM_LEAD_NAMED")
                        .select(".audit-trail")
                        .text())
                .contains("You named " + member.displayName() + " lead of " + name);
    }

    @Test
    void anAdminDeletesSomeoneOnlyWithTheirNameTypedAndNothingOfThemRemains() throws SQLException {
        Newcomer leaving = Newcomer.signUp("deleted-by-admin");
        Long goal = Fixtures.goal(leaving.id(), null, "Their goal " + leaving.name(), "Their step");
        Fixtures.invitation(leaving.id());

        var refused = admin.form("/admin/people")
                .formParam("confirmName", "someone else")
                .post("/admin/people/" + leaving.id() + "/delete");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.asString()).select("#confirm-name").val())
                .isEqualTo("someone else");
        Goal kept = QuarkusTransaction.requiringNew().call(() -> Goal.findById(goal));
        assertThat(kept).isNotNull();

        admin.form("/admin/people")
                .formParam("confirmName", leaving.displayName())
                .post("/admin/people/" + leaving.id() + "/delete")
                .then()
                .statusCode(303);

        assertThat(RowsPointingAt.person(database, leaving.id()))
                .allSatisfy((column, rows) -> assertThat(rows).as(column).isZero());
        assertThat(leaving.session().request().get("/goals").statusCode())
                .as("their session ended")
                .isEqualTo(302);
        assertThat(admin.page("/admin/people?q=" + leaving.name())
                        .select("#people-count")
                        .text())
                .startsWith("0 people match");
        AuditEvent recorded = QuarkusTransaction.requiringNew()
                .call(() ->
                        AuditEvent.newestOf(AuditKind.PERSON_DELETED, null, 1).get(0));
        assertThat(recorded.subjectId).as("the record names nobody").isNull();
    }

    @Test
    void anAdminLooksAfterOthersNotThemselvesHere() {
        Long adminId = Fixtures.personIdOf(adminName);
        assertThat(admin.form("/admin/people")
                        .post("/admin/people/" + adminId + "/deactivate")
                        .statusCode())
                .isEqualTo(404);
        assertThat(admin.page("/admin/people?q=" + adminName).select("tbody tr a[href$=deactivate]"))
                .isEmpty();
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
