package dev.waypoint.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.RoutePaths;
import dev.waypoint.support.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may reach a mentorship's sessions: its mentor and mentee, and nobody else (a former mentor,
 * a team mate of the mentee, an admin, a stranger), on every route, plain and htmx. Within a
 * session, a private point and private notes are their author's alone, and an action is ticked
 * by who does it.
 */
@QuarkusTest
class MeetingAccessTest {

    private static final String SHARED = "shared-point-4b1";
    private static final String PRIVATE = "private-point-8c3";
    private static final String PRIVATE_NOTE = "private-note-2f7";

    /** Every route of a session, with the ids below in place. */
    private static final List<String> ROUTES = List.of(
            "GET {m}",
            "POST {m}/sessions",
            "POST {m}/agreement",
            "POST {m}/agreement/confirm",
            "POST {m}/agreement/review",
            "POST {m}/close",
            "POST {m}/closing/milestone",
            "GET {s}",
            "POST {s}",
            "POST {s}/notes",
            "POST {s}/private-notes",
            "POST {s}/helpful",
            "POST {s}/points",
            "POST {s}/points/from-check-in",
            "POST {s}/points/carry-over",
            "POST {s}/points/{p}/cover",
            "POST {s}/points/{p}/move",
            "POST {s}/points/{p}/delete",
            "POST {s}/actions",
            "POST {s}/actions/{a}/toggle",
            "POST {s}/actions/{a}/step",
            "POST {s}/actions/{a}/delete",
            "POST {s}/held",
            "POST {s}/cancel");

    Newcomer mentor;
    Newcomer mentee;
    final Map<String, Session> outsiders = new LinkedHashMap<>();
    final Map<String, String> ids = new LinkedHashMap<>();
    Long meeting;

    @BeforeEach
    void aSessionWithSomethingOfEach() {
        mentor = Newcomer.signUp("access-mentor");
        mentee = Newcomer.signUp("access-mentee");
        Newcomer former = Newcomer.signUp("access-former");
        Newcomer teamMate = Newcomer.signUp("access-team-mate");
        Long mentorship = Fixtures.mentorship(mentor.id(), mentee.id(), false);
        Fixtures.mentorship(former.id(), mentee.id(), true);
        Long team = Fixtures.team("Access team", mentee.id());
        Fixtures.member(team, teamMate.id(), dev.waypoint.teams.Membership.Role.MEMBER, false);
        outsiders.put("a former mentor", former.session());
        outsiders.put("a team mate", teamMate.session());
        outsiders.put("an admin", Newcomer.signUpAdmin("access-admin").session());
        outsiders.put("a stranger", Newcomer.signUp("access-stranger").session());

        meeting = Fixtures.meeting(mentorship, mentor.id(), Instant.now().minusSeconds(600));
        ids.put("{s}", "/mentorships/" + mentorship + "/sessions/" + meeting);
        ids.put("{m}", "/mentorships/" + mentorship);
        ids.put("{p}", Fixtures.talkingPoint(meeting, mentee.id(), SHARED, true).toString());
        ids.put(
                "{a}",
                Fixtures.actionItem(meeting, mentee.id(), mentor.id(), "Action of the mentee's")
                        .toString());
        Long privatePoint = Fixtures.talkingPoint(meeting, mentor.id(), PRIVATE, false);
        ids.put("{private}", privatePoint.toString());
        mentor.session()
                .form(path("{s}"))
                .formParam("notes", PRIVATE_NOTE)
                .formParam("version", "-1")
                .post(path("{s}/private-notes"))
                .then()
                .statusCode(303);
    }

    @Test
    void everyoneButTheTwoGets404OnEveryRoutePlainAndHtmx() {
        outsiders.forEach((who, session) -> {
            for (String route : ROUTES) {
                String[] parts = route.split(" ");
                for (boolean htmx : new boolean[] {false, true}) {
                    var request = htmx ? session.htmx("/") : session.form("/");
                    Response response = request.formParams(Map.of(
                                    "body",
                                    "hijack",
                                    "notes",
                                    "hijack",
                                    "version",
                                    "-1",
                                    "owner",
                                    "mentee",
                                    "reason",
                                    "NO_TIME",
                                    "reviewOn",
                                    "2099-01-01"))
                            .request(parts[0], path(parts[1]));
                    assertThat(response.statusCode())
                            .as("%s as %s%s", route, who, htmx ? " (htmx)" : "")
                            .isEqualTo(404);
                    assertThat(response.asString()).doesNotContain(SHARED).doesNotContain(PRIVATE);
                }
            }
        });
        QuarkusTransaction.requiringNew().run(() -> {
            Meeting unchanged = Meeting.findById(meeting);
            assertThat(unchanged.status).isEqualTo(Meeting.Status.PLANNED);
            assertThat(unchanged.sharedNotes).isNull();
            assertThat(TalkingPoint.count("meeting", unchanged)).isEqualTo(2);
            assertThat(ActionItem.count("meeting", unchanged)).isEqualTo(1);
            assertThat(unchanged.mentorship.endedAt).as("still going").isNull();
            assertThat(Agreement.count("mentorship", unchanged.mentorship)).isZero();
        });
    }

    @Test
    void bothSidesReadTheSessionButPrivatePointsAndNotesOnlyTheirAuthor() {
        String asMentor = mentor.session().page(path("{s}")).text();
        assertThat(asMentor).contains(SHARED).contains(PRIVATE).contains(PRIVATE_NOTE);
        for (boolean htmx : new boolean[] {false, true}) {
            String asMentee = (htmx
                            ? mentee.session().fragment()
                            : mentee.session().request())
                    .get(path("{s}"))
                    .asString();
            assertThat(asMentee).contains(SHARED).doesNotContain(PRIVATE).doesNotContain(PRIVATE_NOTE);
        }
        for (String hidden : List.of("cover", "move", "delete")) {
            mentee.session()
                    .form(path("{s}"))
                    .formParam("direction", "up")
                    .post(path("{s}/points/" + ids.get("{private}") + "/" + hidden))
                    .then()
                    .statusCode(404);
        }
        mentee.session()
                .form(path("{s}"))
                .post(path("{s}/points/{p}/delete"))
                .then()
                .statusCode(303);
    }

    @Test
    void onlyWhoDoesAnActionTicksItAndOnlyTheMenteeMakesStepsOrSaysItHelped() {
        mentor.session()
                .form(path("{s}"))
                .post(path("{s}/actions/{a}/toggle"))
                .then()
                .statusCode(404);
        mentor.session()
                .form(path("{s}"))
                .formParam("goal", "new")
                .post(path("{s}/actions/{a}/step"))
                .then()
                .statusCode(404);
        mentor.session()
                .form(path("{s}"))
                .formParam("helpful", "YES")
                .post(path("{s}/helpful"))
                .then()
                .statusCode(404);
        mentee.session()
                .form(path("{s}"))
                .post(path("{s}/actions/{a}/toggle"))
                .then()
                .statusCode(303);
        mentee.session()
                .form(path("{s}"))
                .formParam("helpful", "SOMEWHAT")
                .formParam("note", "Good questions")
                .post(path("{s}/helpful"))
                .then()
                .statusCode(303);
        assertThat(mentor.session().page(path("{s}")).select("#helpful").text()).contains("Somewhat: Good questions");
    }

    private String path(String route) {
        return RoutePaths.concrete(route, ids);
    }
}
