package dev.waypoint.teams.board;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Fixtures;
import dev.waypoint.support.RoutePaths;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.TeamShare;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees a team's board and its pages: lead, co-lead, member, former member, a member of
 * another team, a stranger, anonymous — each route, plain and htmx, as data.
 */
@QuarkusTest
class TeamAccessTest {

    enum Viewer {
        LEAD,
        CO_LEAD,
        MEMBER,
        FORMER_MEMBER,
        OTHER_TEAM,
        STRANGER,
        ANONYMOUS
    }

    static final int OK = 200;
    static final int GONE = 404;
    static final int SIGN_IN = 302;

    record Row(String route, Map<Viewer, Integer> expected) {}

    static Map<Viewer, Integer> answers(int... codes) {
        Map<Viewer, Integer> expected = new EnumMap<>(Viewer.class);
        for (Viewer viewer : Viewer.values()) {
            expected.put(viewer, codes[viewer.ordinal()]);
        }
        return expected;
    }

    static final List<Row> PAGES = List.of(
            new Row("/teams/{team}", answers(OK, OK, OK, GONE, GONE, GONE, SIGN_IN)),
            new Row("/teams/{team}/check-ins/{checkin}", answers(OK, OK, OK, GONE, GONE, GONE, SIGN_IN)),
            new Row("/teams/{team}/overview", answers(OK, OK, GONE, GONE, GONE, GONE, SIGN_IN)),
            new Row("/teams/{team}/manage", answers(OK, OK, GONE, GONE, GONE, GONE, SIGN_IN)),
            new Row("/goals/{shared}", answers(OK, OK, OK, GONE, GONE, GONE, SIGN_IN)),
            new Row("/goals/{private}", answers(GONE, GONE, OK, GONE, GONE, GONE, SIGN_IN)));

    /** Changes only leads may make: everyone else, members included, gets 404. */
    static final List<String> LEAD_ACTIONS = List.of(
            "/teams/{team}/manage/invitations",
            "/teams/{team}/manage/members/{membership}/promote",
            "/teams/{team}/manage/members/{membership}/remove",
            "/teams/{team}/manage/archive",
            "/teams/{team}/team-goals",
            "/teams/{team}/team-goals/{teamgoal}",
            "/teams/{team}/team-goals/{teamgoal}/move",
            "/teams/{team}/team-goals/{teamgoal}/archive");

    /** Changes members make to their own things: nobody outside the team gets through. */
    static final List<String> MEMBER_ACTIONS =
            List.of("/teams/{team}/shared-goals", "/teams/{team}/cards/{shared}/move", "/teams/{team}/leave");

    private static final String PRIVATE = "team-private-marker-3c7";

    private final Map<Viewer, Session> sessions = new EnumMap<>(Viewer.class);
    private final Map<String, String> ids = new java.util.HashMap<>();

    @BeforeEach
    void aTeamWithEveryKindOfViewer() {
        Map<Viewer, Long> people = new EnumMap<>(Viewer.class);
        for (Viewer viewer : Viewer.values()) {
            if (viewer != Viewer.ANONYMOUS) {
                String name = viewer.name().toLowerCase().replace('_', '-') + "-"
                        + UUID.randomUUID().toString().substring(0, 6);
                Session session = SignIn.asNewcomer(name);
                session.page("/");
                sessions.put(viewer, session);
                people.put(viewer, Fixtures.personIdOf(name));
            }
        }
        sessions.put(Viewer.ANONYMOUS, Session.anonymous());
        Long team = Fixtures.team("Platform", people.get(Viewer.LEAD));
        Fixtures.member(team, people.get(Viewer.CO_LEAD), Membership.Role.LEAD, false);
        Long membership = Fixtures.member(team, people.get(Viewer.MEMBER), Membership.Role.MEMBER, false);
        Fixtures.member(team, people.get(Viewer.FORMER_MEMBER), Membership.Role.MEMBER, true);
        Fixtures.team("Another team", people.get(Viewer.OTHER_TEAM));
        Long member = people.get(Viewer.MEMBER);
        Long shared = Fixtures.goal(member, null, "Shared goal", "First");
        Fixtures.shareWithTeam(team, TeamShare.Item.GOAL, shared, member);
        Long secret = Fixtures.goal(member, null, "Goal " + PRIVATE);
        Long checkIn = Fixtures.checkIn(
                member,
                LocalDate.now().with(java.time.DayOfWeek.MONDAY).minusWeeks(1),
                "Win shared with team",
                null,
                4);
        Fixtures.shareWithTeam(team, TeamShare.Item.CHECK_IN, checkIn, member);
        ids.put("{team}", team.toString());
        ids.put("{shared}", shared.toString());
        ids.put("{private}", secret.toString());
        ids.put("{checkin}", checkIn.toString());
        ids.put("{membership}", membership.toString());
        ids.put("{teamgoal}", Fixtures.teamGoal(team, "Team goal", "First step").toString());
    }

    @Test
    void everyViewerGetsTheExpectedAnswerOnEveryTeamPage() {
        List<String> wrong = new ArrayList<>();
        for (Row row : PAGES) {
            String path = concrete(row.route());
            for (Viewer viewer : Viewer.values()) {
                for (boolean htmx : new boolean[] {false, true}) {
                    int expected = viewer == Viewer.ANONYMOUS && htmx
                            ? 499
                            : row.expected().get(viewer);
                    Response response = (htmx
                                    ? sessions.get(viewer).fragment()
                                    : sessions.get(viewer).request())
                            .get(path);
                    if (response.statusCode() != expected) {
                        wrong.add(row.route() + " as " + viewer + (htmx ? " (htmx)" : "") + ": " + response.statusCode()
                                + " not " + expected);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void onlyLeadsChangeTheTeamAndOnlyMembersTheirCards() {
        List<String> wrong = new ArrayList<>();
        for (String route : LEAD_ACTIONS) {
            for (Viewer viewer : List.of(Viewer.MEMBER, Viewer.FORMER_MEMBER, Viewer.OTHER_TEAM, Viewer.STRANGER)) {
                int status = sessions.get(viewer)
                        .form("/")
                        .formParams(Map.of("title", "x", "to", "ACHIEVED"))
                        .post(concrete(route))
                        .statusCode();
                if (status != GONE) {
                    wrong.add(route + " as " + viewer + ": " + status);
                }
            }
        }
        for (String route : MEMBER_ACTIONS) {
            for (Viewer viewer : List.of(Viewer.FORMER_MEMBER, Viewer.OTHER_TEAM, Viewer.STRANGER)) {
                int status = sessions.get(viewer)
                        .form("/")
                        .formParams(Map.of("goalId", ids.get("{shared}"), "to", "ACHIEVED"))
                        .post(concrete(route))
                        .statusCode();
                if (status != GONE) {
                    wrong.add(route + " as " + viewer + ": " + status);
                }
            }
        }
        // The lead can't move a member's own card: cards move with their owner's hand.
        int leadMovingMemberCard = sessions.get(Viewer.LEAD)
                .form("/")
                .formParam("to", "ACHIEVED")
                .post(concrete("/teams/{team}/cards/{shared}/move"))
                .statusCode();
        if (leadMovingMemberCard != GONE) {
            wrong.add("lead moving a member's card: " + leadMovingMemberCard);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aMembersPrivateGoalAppearsNowhereOnTheTeamsPages() {
        for (Viewer viewer : List.of(Viewer.LEAD, Viewer.CO_LEAD, Viewer.MEMBER)) {
            for (String route : List.of(
                    "/teams/{team}",
                    "/teams/{team}/overview",
                    "/teams/{team}/manage",
                    "/teams/{team}/check-ins/{checkin}",
                    "/mentoring",
                    "/")) {
                for (boolean htmx : new boolean[] {false, true}) {
                    String body = (htmx
                                    ? sessions.get(viewer).fragment()
                                    : sessions.get(viewer).request())
                            .get(concrete(route))
                            .asString();
                    // The owner sees her own goal in her own lists ("share one of your goals").
                    boolean ownersOwnPage = viewer == Viewer.MEMBER && (!htmx || route.equals("/"));
                    if (!ownersOwnPage) {
                        assertThat(body).as(route + " as " + viewer).doesNotContain(PRIVATE);
                    }
                }
            }
        }
        assertThat(sessions.get(Viewer.LEAD).page(concrete("/teams/{team}")).text())
                .contains("Shared goal");
    }

    private String concrete(String route) {
        return RoutePaths.concrete(route, ids);
    }
}
