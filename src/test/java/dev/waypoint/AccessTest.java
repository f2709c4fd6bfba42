package dev.waypoint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.waypoint.circles.Audience;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.goals.Step;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Persona;
import dev.waypoint.support.RoutePaths;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may reach what. Every route of the app is listed here with its audience; a route that is
 * added without being listed fails {@link #everyRouteIsInTheMatrix()}.
 */
@QuarkusTest
class AccessTest {

    @jakarta.inject.Inject
    dev.waypoint.notifications.Unsubscribing unsubscribing;

    enum Audience {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Any signed-in person, about their own things. */
        SIGNED_IN,
        /** Only the owner of the item in the path; everyone else gets 404. */
        OWNER,
        /** Only people the provider gives the admin role; everyone else gets 404. */
        ADMIN,
        /** Anyone holding the secret in the path, signed in or not (a calendar app); any other secret gets 404. */
        SECRET,
        /** Any read-API token, about its owner's things; without one, 401 as problem details. */
        TOKEN,
        /** A read-API token of someone the item in the path is shared with; every other token gets 404. */
        TOKEN_SHARED
    }

    record Route(String method, String path, Audience audience) {
        String key() {
            return method + " " + path;
        }
    }

    /**
     * The matrix. Every {placeholder} stands for a real row of alice's (her goal, step, north star,
     * milestone, invitation, mentorship, a comment on her goal, her team, its team goal and step,
     * a membership, her check-in shared with the team), so a 404 means "not yours", never "not there".
     */
    static final List<Route> ROUTES = List.of(
            new Route("GET", "/", Audience.PUBLIC),
            new Route("GET", "/assets/time-zones", Audience.PUBLIC),
            new Route("GET", "/sign-in", Audience.SIGNED_IN),
            new Route("POST", "/sign-out", Audience.SIGNED_IN),
            new Route("POST", "/sign-out/everywhere", Audience.SIGNED_IN),
            new Route("GET", "/profile", Audience.SIGNED_IN),
            new Route("POST", "/profile", Audience.SIGNED_IN),
            new Route("POST", "/profile/calendar-feed", Audience.SIGNED_IN),
            new Route("POST", "/profile/calendar-feed/off", Audience.SIGNED_IN),
            new Route("POST", "/profile/access-tokens", Audience.SIGNED_IN),
            new Route("POST", "/profile/access-tokens/{accesstoken}/revoke", Audience.OWNER),
            new Route("GET", "/calendar/{secret}.ics", Audience.SECRET),
            new Route("GET", "/goals", Audience.SIGNED_IN),
            new Route("GET", "/goals/new", Audience.SIGNED_IN),
            new Route("POST", "/goals", Audience.SIGNED_IN),
            new Route("GET", "/goals/{goal}", Audience.OWNER),
            new Route("POST", "/goals/{goal}/revision", Audience.OWNER),
            new Route("POST", "/goals/{goal}/status", Audience.OWNER),
            new Route("POST", "/goals/{goal}/status/undo", Audience.OWNER),
            new Route("POST", "/goals/{goal}/pivot", Audience.OWNER),
            new Route("POST", "/goals/{goal}/measure", Audience.OWNER),
            new Route("POST", "/goals/{goal}/steps", Audience.OWNER),
            new Route("POST", "/goals/{goal}/steps/{step}", Audience.OWNER),
            new Route("POST", "/goals/{goal}/steps/{step}/toggle", Audience.OWNER),
            new Route("POST", "/goals/{goal}/steps/{step}/move", Audience.OWNER),
            new Route("POST", "/goals/{goal}/steps/{step}/delete", Audience.OWNER),
            new Route("GET", "/north-stars/new", Audience.SIGNED_IN),
            new Route("POST", "/north-stars", Audience.SIGNED_IN),
            new Route("GET", "/north-stars/{star}/edit", Audience.OWNER),
            new Route("POST", "/north-stars/{star}", Audience.OWNER),
            new Route("GET", "/goals/{goal}/reflection", Audience.OWNER),
            new Route("POST", "/goals/{goal}/reflection", Audience.OWNER),
            new Route("GET", "/check-ins", Audience.SIGNED_IN),
            new Route("GET", "/check-ins/this-week", Audience.SIGNED_IN),
            new Route("GET", "/check-ins/{week}", Audience.SIGNED_IN),
            new Route("POST", "/check-ins/{week}", Audience.SIGNED_IN),
            new Route("POST", "/check-ins/{week}/draft", Audience.SIGNED_IN),
            new Route("POST", "/check-ins/pauses", Audience.SIGNED_IN),
            new Route("POST", "/check-ins/pauses/{week}/delete", Audience.SIGNED_IN),
            new Route("GET", "/insights", Audience.SIGNED_IN),
            new Route("GET", "/milestones", Audience.SIGNED_IN),
            new Route("GET", "/milestones/new", Audience.SIGNED_IN),
            new Route("POST", "/milestones", Audience.SIGNED_IN),
            new Route("POST", "/milestones/suggestions/dismiss", Audience.SIGNED_IN),
            new Route("GET", "/milestones/{milestone}", Audience.OWNER),
            new Route("GET", "/milestones/{milestone}/edit", Audience.OWNER),
            new Route("POST", "/milestones/{milestone}", Audience.OWNER),
            new Route("POST", "/milestones/{milestone}/delete", Audience.OWNER),
            new Route("GET", "/milestones/brag", Audience.SIGNED_IN),
            new Route("GET", "/milestones/brag/download", Audience.SIGNED_IN),
            new Route("POST", "/goals/{goal}/sharing", Audience.OWNER),
            new Route("POST", "/goals/{goal}/team-sharing", Audience.OWNER),
            new Route("POST", "/milestones/{milestone}/sharing", Audience.OWNER),
            new Route("GET", "/people", Audience.SIGNED_IN),
            new Route("POST", "/people/invitations", Audience.SIGNED_IN),
            new Route("POST", "/people/invitations/{invitation}/revoke", Audience.OWNER),
            new Route("POST", "/people/mentorships/{mentorship}/end", Audience.OWNER),
            new Route("GET", "/mentorships/{mentorship}", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/agreement", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/agreement/confirm", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/agreement/review", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/close", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/closing/milestone", Audience.OWNER),
            new Route("GET", "/mentorships/{mentorship}/sessions/{meeting}", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions/{meeting}", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions/{meeting}/cancel", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions/{meeting}/held", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions/{meeting}/notes", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions/{meeting}/private-notes", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions/{meeting}/helpful", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions/{meeting}/points", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions/{meeting}/points/from-check-in", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions/{meeting}/points/carry-over", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions/{meeting}/points/{point}/cover", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions/{meeting}/points/{point}/move", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions/{meeting}/points/{point}/delete", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions/{meeting}/actions", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions/{meeting}/actions/{action}/toggle", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions/{meeting}/actions/{action}/step", Audience.OWNER),
            new Route("POST", "/mentorships/{mentorship}/sessions/{meeting}/actions/{action}/delete", Audience.OWNER),
            new Route("GET", "/invitations/{token}", Audience.SIGNED_IN),
            new Route("POST", "/invitations/{token}/accept", Audience.SIGNED_IN),
            new Route("POST", "/invitations/{token}/decline", Audience.SIGNED_IN),
            new Route("GET", "/mentoring", Audience.SIGNED_IN),
            new Route("POST", "/mentoring/needs-you/{needsitem}/not-now", Audience.OWNER),
            new Route("GET", "/mentoring/mentees/{mentee}", Audience.OWNER),
            new Route("GET", "/mentoring/mentees/{mentee}/check-ins/{week}", Audience.OWNER),
            new Route("POST", "/feedback", Audience.SIGNED_IN),
            new Route("POST", "/feedback/{feedback}/delete", Audience.OWNER),
            new Route("GET", "/inbox", Audience.SIGNED_IN),
            new Route("POST", "/inbox/read-all", Audience.SIGNED_IN),
            new Route("POST", "/inbox/{notice}/open", Audience.OWNER),
            new Route("POST", "/inbox/{notice}/read", Audience.OWNER),
            new Route("POST", "/profile/e-mail", Audience.SIGNED_IN),
            new Route("GET", "/unsubscribe/{unsubscribe}", Audience.SECRET),
            new Route("GET", "/teams", Audience.SIGNED_IN),
            new Route("POST", "/teams", Audience.SIGNED_IN),
            new Route("GET", "/teams/{team}", Audience.OWNER),
            new Route("POST", "/teams/{team}/shared-goals", Audience.OWNER),
            new Route("POST", "/teams/{team}/shared-goals/{goal}/remove", Audience.OWNER),
            new Route("POST", "/teams/{team}/cards/{goal}/move", Audience.OWNER),
            new Route("POST", "/teams/{team}/leave", Audience.OWNER),
            new Route("GET", "/teams/{team}/check-ins/{checkin}", Audience.OWNER),
            new Route("GET", "/teams/{team}/manage", Audience.OWNER),
            new Route("POST", "/teams/{team}/manage/invitations", Audience.OWNER),
            new Route("POST", "/teams/{team}/manage/members/{membership}/promote", Audience.OWNER),
            new Route("POST", "/teams/{team}/manage/members/{membership}/remove", Audience.OWNER),
            new Route("POST", "/teams/{team}/manage/archive", Audience.OWNER),
            new Route("GET", "/teams/{team}/overview", Audience.OWNER),
            new Route("POST", "/teams/{team}/overview/needs-you/{needsitem}/not-now", Audience.OWNER),
            new Route("POST", "/teams/{team}/team-goals", Audience.OWNER),
            new Route("POST", "/teams/{team}/team-goals/{teamgoal}", Audience.OWNER),
            new Route("POST", "/teams/{team}/team-goals/{teamgoal}/move", Audience.OWNER),
            new Route("POST", "/teams/{team}/team-goals/{teamgoal}/archive", Audience.OWNER),
            new Route("POST", "/teams/{team}/team-goals/{teamgoal}/steps/{step}/assign", Audience.OWNER),
            new Route("POST", "/teams/{team}/team-goals/{teamgoal}/steps/{step}/toggle", Audience.OWNER),
            new Route("GET", "/export", Audience.SIGNED_IN),
            new Route("GET", "/export/waypoint.json", Audience.SIGNED_IN),
            new Route("GET", "/export/sessions", Audience.SIGNED_IN),
            new Route("POST", "/export/import", Audience.SIGNED_IN),
            new Route("POST", "/export/delete-account", Audience.SIGNED_IN),
            new Route("GET", "/ideas", Audience.SIGNED_IN),
            new Route("GET", "/ideas/stuck", Audience.SIGNED_IN),
            new Route("POST", "/ideas/{idea}/adopt", Audience.SIGNED_IN),
            new Route("GET", "/admin", Audience.ADMIN),
            new Route("POST", "/admin/backup", Audience.ADMIN),
            new Route("GET", "/admin/people", Audience.ADMIN),
            new Route("GET", "/admin/people/{person}/deactivate", Audience.ADMIN),
            new Route("POST", "/admin/people/{person}/deactivate", Audience.ADMIN),
            new Route("GET", "/admin/people/{person}/reactivate", Audience.ADMIN),
            new Route("POST", "/admin/people/{person}/reactivate", Audience.ADMIN),
            new Route("GET", "/admin/people/{person}/delete", Audience.ADMIN),
            new Route("POST", "/admin/people/{person}/delete", Audience.ADMIN),
            new Route("GET", "/admin/teams", Audience.ADMIN),
            new Route("GET", "/admin/teams/{team}/lead", Audience.ADMIN),
            new Route("POST", "/admin/teams/{team}/lead", Audience.ADMIN),
            new Route("GET", "/admin/teams/{team}/archive", Audience.ADMIN),
            new Route("POST", "/admin/teams/{team}/archive", Audience.ADMIN),
            new Route("GET", "/admin/teams/{team}/restore", Audience.ADMIN),
            new Route("POST", "/admin/teams/{team}/restore", Audience.ADMIN),
            new Route("GET", "/admin/audit", Audience.ADMIN),
            new Route("GET", "/search", Audience.SIGNED_IN),
            new Route("GET", "/search/jump", Audience.SIGNED_IN),
            new Route("GET", "/search/open/{item}/{goal}", Audience.OWNER),
            new Route("GET", "/api/v1/search", Audience.TOKEN),
            new Route("GET", "/api/v1/me", Audience.TOKEN),
            new Route("GET", "/api/v1/north-stars", Audience.TOKEN),
            new Route("GET", "/api/v1/goals", Audience.TOKEN),
            new Route("GET", "/api/v1/goals/{goal}", Audience.TOKEN_SHARED),
            new Route("GET", "/api/v1/check-ins", Audience.TOKEN),
            new Route("GET", "/api/v1/consistency", Audience.TOKEN),
            new Route("GET", "/api/v1/milestones", Audience.TOKEN),
            new Route("GET", "/api/v1/mentees", Audience.TOKEN),
            new Route("GET", "/api/v1/mentees/{mentee}", Audience.TOKEN_SHARED),
            new Route("GET", "/api/v1/teams", Audience.TOKEN),
            new Route("GET", "/api/v1/teams/{team}/board", Audience.TOKEN_SHARED),
            new Route("GET", "/api/v1/mentorships/{mentorship}/sessions", Audience.TOKEN_SHARED));

    private static final String MARKER = "alice-private-marker-7f3c";

    /** The marker as a search types it: the page repeats what was typed, never the item's own words. */
    private static final String SEARCHED = MARKER.toUpperCase(java.util.Locale.ROOT);

    private Session mallory;
    private Session erin;
    private final Map<String, String> ids = new java.util.HashMap<>();

    @BeforeEach
    void aliceHasAPrivateGoal() {
        SignIn.as(Persona.ALICE).page("/");
        mallory = SignIn.as(Persona.MALLORY);
        mallory.page("/");
        erin = SignIn.as(Persona.ERIN);
        erin.page("/");
        Long aliceId = Fixtures.personId(Persona.ALICE);
        Long starId = Fixtures.northStar(aliceId, "Star " + MARKER);
        Long goalId = Fixtures.goal(aliceId, starId, "Goal " + MARKER, "Step " + MARKER, "Second step");
        Long teamId = Fixtures.team("Team " + MARKER, aliceId);
        Long mentor = Fixtures.person("mentor-" + java.util.UUID.randomUUID());
        Long teamMate = Fixtures.person("team-mate-" + java.util.UUID.randomUUID());
        Fixtures.shareWithTeam(teamId, dev.waypoint.teams.TeamShare.Item.GOAL, goalId, aliceId);
        Long checkIn = Fixtures.checkIn(
                aliceId,
                Fixtures.weekWithoutCheckIn(aliceId, java.time.LocalDate.of(2019, 1, 7)),
                "Win " + MARKER,
                null,
                3);
        Fixtures.shareWithTeam(teamId, dev.waypoint.teams.TeamShare.Item.CHECK_IN, checkIn, aliceId);
        Long teamGoal = Fixtures.teamGoal(teamId, "Team goal " + MARKER, "Team step " + MARKER);
        ids.put("{goal}", goalId.toString());
        ids.put("{step}", Fixtures.firstStepOf(goalId).toString());
        ids.put("{star}", starId.toString());
        ids.put(
                "{milestone}",
                Fixtures.milestone(aliceId, "Milestone " + MARKER).toString());
        ids.put("{invitation}", Fixtures.invitation(aliceId).toString());
        Long mentorship = Fixtures.mentorship(mentor, aliceId, false);
        ids.put("{mentorship}", mentorship.toString());
        Long meeting =
                Fixtures.meeting(mentorship, aliceId, java.time.Instant.now().minusSeconds(600));
        ids.put("{meeting}", meeting.toString());
        ids.put(
                "{point}",
                Fixtures.talkingPoint(meeting, aliceId, "Point " + MARKER, true).toString());
        ids.put(
                "{action}",
                Fixtures.actionItem(meeting, aliceId, mentor, "Action " + MARKER)
                        .toString());
        ids.put(
                "{feedback}",
                Fixtures.comment(mentor, aliceId, dev.waypoint.feedback.Feedback.Item.GOAL, goalId, "Comment " + MARKER)
                        .toString());
        ids.put("{team}", teamId.toString());
        ids.put("{checkin}", checkIn.toString());
        // A recent check-in with a roadblock, shared with her mentor and her team: on her mentor's
        // "needs you" list, so a 404 for anyone else means "not yours".
        Long waiting = Fixtures.checkIn(
                aliceId,
                Fixtures.weekWithoutCheckIn(
                        aliceId,
                        java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                .with(java.time.DayOfWeek.MONDAY)
                                .minusWeeks(3)),
                "Win " + MARKER,
                null,
                3);
        QuarkusTransaction.requiringNew()
                .run(() -> dev.waypoint.checkins.CheckIn.update(
                        "roadblocks = ?1, sharedWithMentors = true where id = ?2", "Roadblock " + MARKER, waiting));
        Fixtures.shareWithTeam(teamId, dev.waypoint.teams.TeamShare.Item.CHECK_IN, waiting, aliceId);
        ids.put("{needsitem}", "check-in-" + waiting);
        ids.put("{teamgoal}", teamGoal.toString());
        ids.put("{teamstep}", Fixtures.firstStepOfTeamGoal(teamGoal).toString());
        ids.put(
                "{membership}",
                Fixtures.member(teamId, teamMate, dev.waypoint.teams.Membership.Role.MEMBER, false)
                        .toString());
        ids.put("{mentee}", aliceId.toString());
        ids.put(
                "{accesstoken}",
                QuarkusTransaction.requiringNew()
                        .call(() -> dev.waypoint.tokens.AccessToken.issue(
                                        aliceId,
                                        "Token " + MARKER,
                                        java.time.Instant.now().plusSeconds(3600),
                                        java.time.Instant.now())
                                .token()
                                .id)
                        .toString());
        ids.put("{person}", teamMate.toString());
        ids.put("{notice}", Fixtures.notice(aliceId, teamMate, goalId).toString());
        ids.put(
                "{unsubscribe}",
                QuarkusTransaction.requiringNew()
                        .call(() -> unsubscribing.linkFor(aliceId, dev.waypoint.notifications.Topic.FEEDBACK))
                        .replaceFirst(".*/unsubscribe/", ""));
        ids.put(
                "{secret}",
                QuarkusTransaction.requiringNew()
                        .call(() -> dev.waypoint.calendar.CalendarFeed.open(aliceId, java.time.Instant.now())));
    }

    @Test
    void aStrangerGets404ForEveryRouteOfSomeoneElsesThings() {
        assertEveryRouteAnswers404(Audience.OWNER, Map.of("mallory", mallory));
        assertEveryApiRouteAnswers404("mallory", Fixtures.accessToken(Fixtures.personId(Persona.MALLORY)));
        assertNothingOfAlicesChanged();
    }

    /** Looking after the instance is not mentoring: an admin sees nobody's private pages either. */
    @Test
    void anAdminGets404ForEveryRouteOfSomeoneElsesThingsToo() {
        assertEveryRouteAnswers404(Audience.OWNER, Map.of("erin", erin));
        assertEveryApiRouteAnswers404("erin", Fixtures.accessToken(Fixtures.personId(Persona.ERIN)));
        assertNothingOfAlicesChanged();
    }

    @Test
    void everyoneButAdminsGets404InTheAdminArea() {
        Session newcomer = dev.waypoint.support.Newcomer.signUp("not-an-admin").session();
        assertEveryRouteAnswers404(
                Audience.ADMIN, Map.of("mallory", mallory, "alice", SignIn.as(Persona.ALICE), "a newcomer", newcomer));
        for (Route route : ROUTES) {
            if (route.audience() == Audience.ADMIN && route.method().equals("GET")) {
                assertThat(erin.request().get(concrete(route.path())).statusCode())
                        .as("%s as erin, the admin", route.key())
                        .isEqualTo(200);
            }
        }
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> dev.waypoint.people.Person.<dev.waypoint.people.Person>findById(
                                        Long.valueOf(ids.get("{person}")))
                                .active))
                .as("nobody but an admin deactivated them")
                .isTrue();
    }

    private void assertEveryRouteAnswers404(Audience audience, Map<String, Session> visitors) {
        for (Route route : ROUTES) {
            if (route.audience() != audience) {
                continue;
            }
            String path = concrete(route.path());
            visitors.forEach((name, visitor) -> {
                for (boolean htmx : new boolean[] {false, true}) {
                    var request = htmx ? visitor.htmx("/") : visitor.form("/");
                    Response response = request.formParams(Map.of(
                                    "title", "hijack", "to", "DROPPED", "change", "up", "confirmName", "Team-mate"))
                            .request(route.method(), path);
                    assertThat(response.statusCode())
                            .as("%s as %s%s", route.key(), name, htmx ? " (htmx)" : "")
                            .isEqualTo(404);
                    assertThat(response.asString()).doesNotContain(MARKER);
                }
            });
        }
    }

    /** The read API's answer for someone else's things: the same 404 as a made-up id, with none of it. */
    private void assertEveryApiRouteAnswers404(String name, String token) {
        for (Route route : ROUTES) {
            if (route.audience() == Audience.TOKEN_SHARED) {
                Response response = Fixtures.api(token).request(route.method(), concrete(route.path()));
                assertThat(response.statusCode())
                        .as("%s with %s's token", route.key(), name)
                        .isEqualTo(404);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.asString()).doesNotContain(MARKER);
            } else if (route.audience() == Audience.TOKEN) {
                Response response = Fixtures.api(token).request(route.method(), concrete(route.path()));
                assertThat(response.statusCode())
                        .as("%s with %s's token", route.key(), name)
                        .isEqualTo(200);
                assertThat(response.asString()).as(route.key()).doesNotContain(MARKER);
            }
        }
    }

    private void assertNothingOfAlicesChanged() {
        QuarkusTransaction.requiringNew().run(() -> {
            Long goalId = Long.valueOf(ids.get("{goal}"));
            Goal goal = Goal.findById(goalId);
            assertThat(goal.status).isEqualTo(GoalStatus.ACTIVE);
            assertThat(goal.title).isEqualTo("Goal " + MARKER);
            assertThat(Step.ofGoal(goalId)).hasSize(2).noneMatch(Step::isDone);
            assertThat(dev.waypoint.feedback.Feedback.<dev.waypoint.feedback.Feedback>findById(
                            Long.valueOf(ids.get("{feedback}"))))
                    .as("the comment is still there")
                    .isNotNull();
            dev.waypoint.meetings.Meeting meeting =
                    dev.waypoint.meetings.Meeting.findById(Long.valueOf(ids.get("{meeting}")));
            assertThat(meeting.status).as("her session").isEqualTo(dev.waypoint.meetings.Meeting.Status.PLANNED);
            assertThat(meeting.sharedNotes).isNull();
            assertThat(dev.waypoint.meetings.TalkingPoint.count("meeting", meeting))
                    .as("her session's points")
                    .isEqualTo(1);
            assertThat(dev.waypoint.meetings.ActionItem.count("meeting", meeting))
                    .as("her session's actions")
                    .isEqualTo(1);
        });
    }

    @Test
    void aStrangerSeesNoneOfItInTheirOwnLists() {
        Long aliceId = Fixtures.personId(Persona.ALICE);
        java.time.LocalDate monday =
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).with(java.time.DayOfWeek.MONDAY);
        if (QuarkusTransaction.requiringNew()
                        .call(() -> dev.waypoint.checkins.CheckIn.count(
                                "owner.id = ?1 and weekStart = ?2", aliceId, monday.minusWeeks(1)))
                == 0) {
            Fixtures.checkIn(aliceId, monday.minusWeeks(1), "Win " + MARKER, "Focus " + MARKER, 3);
        }
        String lastWeek = "/check-ins/"
                + dev.waypoint.checkins.Week.containing(monday.minusWeeks(1)).id();
        mallory.request().get(lastWeek).then().statusCode(404);
        for (String path : List.of(
                "/",
                "/goals",
                "/goals/new",
                "/ideas",
                "/check-ins",
                "/check-ins/this-week",
                "/insights",
                "/search?q=" + SEARCHED,
                "/search?q=marker&kind=comment",
                "/search/jump?q=" + SEARCHED)) {
            assertThat(mallory.request().get(path).asString()).as(path).doesNotContain(MARKER);
        }
        assertThat(SignIn.as(Persona.ALICE).page("/search?q=" + SEARCHED).text())
                .as("the same search finds it for her")
                .contains("Goal " + MARKER, "Milestone " + MARKER, "Win " + MARKER);
    }

    @Test
    void visitorsAreSentToSignInAndHtmxCallsGet499() {
        for (Route route : ROUTES) {
            if (route.audience() == Audience.PUBLIC || route.audience() == Audience.SECRET) {
                given().request(route.method(), concrete(route.path())).then().statusCode(200);
                continue;
            }
            if (route.audience() == Audience.TOKEN || route.audience() == Audience.TOKEN_SHARED) {
                continue;
            }
            String path = concrete(route.path());
            assertThat(given().redirects()
                            .follow(false)
                            .request(route.method(), path)
                            .statusCode())
                    .as(route.key() + " anonymous")
                    .isEqualTo(302);
            assertThat(given().redirects()
                            .follow(false)
                            .header("HX-Request", "true")
                            .request(route.method(), path)
                            .statusCode())
                    .as(route.key() + " anonymous htmx")
                    .isEqualTo(499);
        }
    }

    /** The API answers scripts, not browsers: no sign-in page, and a browser's session opens nothing there. */
    @Test
    void apiCallsWithoutATokenGet401AsProblemDetails() {
        Session alice = SignIn.as(Persona.ALICE);
        for (Route route : ROUTES) {
            if (route.audience() != Audience.TOKEN && route.audience() != Audience.TOKEN_SHARED) {
                continue;
            }
            String path = concrete(route.path());
            for (var call : Map.of(
                            "anonymous",
                            given().redirects().follow(false),
                            "with alice's browser session",
                            alice.request(),
                            "with a made-up token",
                            Fixtures.api("wpt_" + "A".repeat(43)))
                    .entrySet()) {
                Response response = call.getValue().request(route.method(), path);
                assertThat(response.statusCode())
                        .as("%s %s", route.key(), call.getKey())
                        .isEqualTo(401);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
                assertThat(response.asString()).doesNotContain(MARKER);
            }
        }
    }

    @Test
    void anyOtherSecretFindsNothing() {
        for (Route route : ROUTES) {
            if (route.audience() != Audience.SECRET) {
                continue;
            }
            String placeholder = route.path().replaceAll(".*(\\{[a-z]+}).*", "$1");
            String guessed = concrete(route.path().replace(placeholder, "A".repeat(43)));
            String mangled = concrete(route.path())
                    .replace(ids.get(placeholder), ids.get(placeholder).substring(1));
            for (String path : List.of(guessed, mangled)) {
                given().redirects()
                        .follow(false)
                        .request(route.method(), path)
                        .then()
                        .statusCode(404);
                assertThat(mallory.request().request(route.method(), path).statusCode())
                        .as(path + " as mallory")
                        .isEqualTo(404);
            }
            String own = given().request(route.method(), concrete(route.path())).asString();
            if (placeholder.equals("{secret}")) {
                assertThat(own)
                        .as("Alice's own feed")
                        .startsWith("BEGIN:VCALENDAR")
                        .contains("Waypoint: Alice");
            } else {
                assertThat(own).as("Alice's own link").contains("Stop these e-mails?");
            }
        }
    }

    @Test
    void everyRouteIsInTheMatrix() {
        Set<String> listed = new TreeSet<>();
        ROUTES.forEach(route -> listed.add(route.method() + " " + route.path().replaceAll("\\{[a-z]+}", "{}")));
        Set<String> found = new TreeSet<>();
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.waypoint");
        for (JavaClass resource : classes) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            String base = resource.getAnnotationOfType(Path.class).value();
            for (JavaMethod method : resource.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                String sub = method.isAnnotatedWith(Path.class)
                        ? "/" + method.getAnnotationOfType(Path.class).value()
                        : "";
                String full = java.util.Arrays.stream((base + sub).split("/"))
                        .map(AccessTest::withoutParameterName)
                        .collect(java.util.stream.Collectors.joining("/"))
                        .replaceAll("/+", "/");
                found.add(verb + " " + (full.isEmpty() ? "/" : full.replaceAll("(.)/$", "$1")));
            }
        }
        assertThat(listed).as("routes in the matrix").containsExactlyInAnyOrderElementsOf(found);
    }

    /** "{mentee: \\d+}" becomes "{}", "{secret}.ics" becomes "{}.ics": a parameter's pattern may hold braces. */
    private static String withoutParameterName(String segment) {
        if (!segment.startsWith("{")) {
            return segment;
        }
        int depth = 0;
        for (int i = 0; i < segment.length(); i++) {
            depth += segment.charAt(i) == '{' ? 1 : segment.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return "{}" + segment.substring(i + 1);
            }
        }
        return segment;
    }

    private String concrete(String path) {
        String concrete = path.replace("{idea}", "1")
                .replace("{week}", "2026-W01")
                .replace("{token}", "no-such-token")
                .replace("{item}", "goal")
                .replace("/api/v1/search", "/api/v1/search?q=" + SEARCHED)
                .replace("/team-goals/{teamgoal}/steps/{step}", "/team-goals/{teamgoal}/steps/{teamstep}");
        concrete = RoutePaths.concrete(concrete, ids);
        assertThat(concrete).as("every placeholder has a real id").doesNotContain("{");
        return concrete;
    }

    private static String verb(JavaMethod method) {
        if (method.isAnnotatedWith(GET.class)) {
            return "GET";
        }
        if (method.isAnnotatedWith(POST.class)) {
            return "POST";
        }
        if (method.isAnnotatedWith(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotatedWith(DELETE.class)) {
            return "DELETE";
        }
        return null;
    }
}
