package dev.waypoint.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Week;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.goals.Goal;
import dev.waypoint.milestones.Milestone;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Persona;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The permission matrix for everything a mentor might see: each viewer × each page, plain and
 * htmx, against the expected answer. Alice is the mentee; Bob her active mentor; Carol has a
 * pending invitation to mentor her; Dave mentored her once; Mallory is a stranger.
 */
@QuarkusTest
class MentoringAccessTest {

    enum Viewer {
        OWNER(Persona.ALICE),
        MENTOR(Persona.BOB),
        PENDING_MENTOR(Persona.CAROL),
        FORMER_MENTOR(Persona.DAVE),
        STRANGER(Persona.MALLORY),
        ANONYMOUS(null);

        final Persona persona;

        Viewer(Persona persona) {
            this.persona = persona;
        }
    }

    /** Expected answers: 200 shown, 404 not there for you, 302 sign in first. */
    static final int OK = 200;

    static final int GONE = 404;
    static final int SIGN_IN = 302;

    record Row(String page, Map<Viewer, Integer> expected) {}

    private static final String SHARED = "shared-marker-5d1";
    private static final String PRIVATE = "private-marker-9e2";

    private final Map<Viewer, Session> sessions = new EnumMap<>(Viewer.class);
    private final Map<String, String> paths = new java.util.HashMap<>();

    @BeforeEach
    void aliceHasAMentorAndThingsSharedAndNot() {
        for (Viewer viewer : Viewer.values()) {
            if (viewer.persona != null) {
                Session session = SignIn.as(viewer.persona);
                session.page("/");
                sessions.put(viewer, session);
            }
        }
        sessions.put(Viewer.ANONYMOUS, Session.anonymous());
        Long alice = Fixtures.personId(Persona.ALICE);
        Long bob = Fixtures.personId(Persona.BOB);
        Long dave = Fixtures.personId(Persona.DAVE);
        if (!QuarkusTransaction.requiringNew().call(() -> Mentorship.isActive(bob, alice))) {
            Fixtures.mentorship(bob, alice, false);
            Fixtures.mentorship(dave, alice, true);
            sessions.get(Viewer.OWNER)
                    .form("/people")
                    .formParam("role", "MENTOR")
                    .post("/people/invitations");
        }
        Long sharedGoal = Fixtures.goal(alice, null, "Goal " + SHARED);
        Fixtures.share(Goal.class, sharedGoal);
        Long privateGoal = Fixtures.goal(alice, null, "Goal " + PRIVATE);
        Long sharedMilestone = Fixtures.milestone(alice, "Milestone " + SHARED);
        Fixtures.share(Milestone.class, sharedMilestone);
        Long privateMilestone = Fixtures.milestone(alice, "Milestone " + PRIVATE);
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(java.time.DayOfWeek.MONDAY);
        Week sharedWeek = Week.containing(monday.minusWeeks(30));
        Week privateWeek = Week.containing(monday.minusWeeks(31));
        if (QuarkusTransaction.requiringNew()
                        .call(() -> CheckIn.count("owner.id = ?1 and weekStart = ?2", alice, sharedWeek.start()))
                == 0) {
            Fixtures.share(CheckIn.class, Fixtures.checkIn(alice, sharedWeek.start(), "Win " + SHARED, null, 4));
            Fixtures.checkIn(alice, privateWeek.start(), "Win " + PRIVATE, null, 2);
        }
        paths.put("shared goal", "/goals/" + sharedGoal);
        paths.put("private goal", "/goals/" + privateGoal);
        paths.put("shared milestone", "/milestones/" + sharedMilestone);
        paths.put("private milestone", "/milestones/" + privateMilestone);
        paths.put("shared check-in", "/mentoring/mentees/" + alice + "/check-ins/" + sharedWeek.id());
        paths.put("private check-in", "/mentoring/mentees/" + alice + "/check-ins/" + privateWeek.id());
        paths.put("own check-in page", "/check-ins/" + sharedWeek.id());
        paths.put("mentee page", "/mentoring/mentees/" + alice);
    }

    static Map<Viewer, Integer> answers(int owner, int mentor, int pending, int former, int stranger, int anonymous) {
        Map<Viewer, Integer> expected = new EnumMap<>(Viewer.class);
        expected.put(Viewer.OWNER, owner);
        expected.put(Viewer.MENTOR, mentor);
        expected.put(Viewer.PENDING_MENTOR, pending);
        expected.put(Viewer.FORMER_MENTOR, former);
        expected.put(Viewer.STRANGER, stranger);
        expected.put(Viewer.ANONYMOUS, anonymous);
        return expected;
    }

    static final List<Row> MATRIX = List.of(
            new Row("shared goal", answers(OK, OK, GONE, GONE, GONE, SIGN_IN)),
            new Row("private goal", answers(OK, GONE, GONE, GONE, GONE, SIGN_IN)),
            new Row("shared milestone", answers(OK, OK, GONE, GONE, GONE, SIGN_IN)),
            new Row("private milestone", answers(OK, GONE, GONE, GONE, GONE, SIGN_IN)),
            // The mentor's view of a check-in; the owner reads hers on her own check-in pages.
            new Row("shared check-in", answers(GONE, OK, GONE, GONE, GONE, SIGN_IN)),
            new Row("private check-in", answers(GONE, GONE, GONE, GONE, GONE, SIGN_IN)),
            // "/check-ins/{week}" is always the viewer's own week: nobody reaches Alice's through it.
            new Row("own check-in page", answers(OK, GONE, GONE, GONE, GONE, SIGN_IN)),
            // Everything Alice shares with her mentors, on one page for each of them.
            new Row("mentee page", answers(GONE, OK, GONE, GONE, GONE, SIGN_IN)));

    @Test
    void everyViewerGetsExactlyTheExpectedAnswerForEveryPage() {
        List<String> wrong = new ArrayList<>();
        for (Row row : MATRIX) {
            String path = paths.get(row.page());
            for (Viewer viewer : Viewer.values()) {
                for (boolean htmx : new boolean[] {false, true}) {
                    int expected = row.expected().get(viewer);
                    if (viewer == Viewer.ANONYMOUS && htmx) {
                        expected = 499;
                    }
                    Response response = (htmx
                                    ? sessions.get(viewer).fragment()
                                    : sessions.get(viewer).request())
                            .get(path);
                    if (response.statusCode() != expected) {
                        wrong.add(row.page() + " as " + viewer + (htmx ? " (htmx)" : "") + ": " + response.statusCode()
                                + " not " + expected);
                    }
                    if (response.statusCode() == OK && viewer != Viewer.OWNER) {
                        if (response.asString().contains(PRIVATE)) {
                            wrong.add(row.page() + " as " + viewer + " shows something private");
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theMentorDashboardShowsOnlySharedThingsAndOnlyToActiveMentors() {
        String forBob = sessions.get(Viewer.MENTOR).request().get("/mentoring").asString();
        assertThat(forBob).contains("Goal " + SHARED).doesNotContain(PRIVATE);
        for (Viewer other : List.of(Viewer.PENDING_MENTOR, Viewer.FORMER_MENTOR, Viewer.STRANGER)) {
            assertThat(sessions.get(other).request().get("/mentoring").asString())
                    .as(other.name())
                    .doesNotContain(SHARED)
                    .doesNotContain(PRIVATE);
        }
    }

    @Test
    void aMenteesCardShowsAFewGoalsAndTheirPageShowsEveryShared() {
        Long alice = Fixtures.personId(Persona.ALICE);
        String many = "many-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 12; i++) {
            Fixtures.share(Goal.class, Fixtures.goal(alice, null, "Goal " + many + " " + i));
        }
        Session bob = sessions.get(Viewer.MENTOR);

        String dashboard = bob.request().get("/mentoring").asString();
        String card = dashboard.substring(dashboard.indexOf("id=\"mentee-" + alice + "\""));
        card = card.substring(0, card.indexOf("</section>"));
        assertThat(card.split("class=\"goal-item ", -1)).as("goals on the card").hasSize(4);
        assertThat(card).containsPattern("and \\d+ more goals").contains("href=\"/mentoring/mentees/" + alice + "\"");

        String page = bob.request().get("/mentoring/mentees/" + alice).asString();
        for (int i = 0; i < 12; i++) {
            assertThat(page).contains("Goal " + many + " " + i);
        }
        assertThat(page).contains("Goal " + SHARED).doesNotContain(PRIVATE);
    }

    @Test
    void aMenteesPageListsTheMilestonesTheyShareAndNoOthers() {
        Long alice = Fixtures.personId(Persona.ALICE);
        var page = sessions.get(Viewer.MENTOR).page("/mentoring/mentees/" + alice);

        var milestones = page.select("section[aria-labelledby=mentee-milestones] a");
        assertThat(milestones.eachText()).contains("Milestone " + SHARED);
        assertThat(milestones.eachAttr("href")).contains(paths.get("shared milestone"));
        assertThat(page.text()).doesNotContain("Milestone " + PRIVATE);
    }

    @Test
    void sharedThingsDoNotRevealPrivateGoalsTheyMention() {
        Long alice = Fixtures.personId(Persona.ALICE);
        Long privateGoal = Fixtures.goal(alice, null, "Goal " + PRIVATE + " linked");
        Long milestone = Fixtures.milestone(alice, "Milestone linked " + SHARED);
        Fixtures.share(Milestone.class, milestone);
        QuarkusTransaction.requiringNew()
                .run(() -> Milestone.<Milestone>findById(milestone).goal = Goal.findById(privateGoal));

        String page = sessions.get(Viewer.MENTOR)
                .request()
                .get("/milestones/" + milestone)
                .asString();

        assertThat(page).contains("Milestone linked " + SHARED).doesNotContain(PRIVATE);
        var throughTheApi = Fixtures.api(Fixtures.accessToken(Fixtures.personId(Persona.BOB)))
                .get("/api/v1/mentees/" + alice)
                .jsonPath();
        String linked = "milestones.find { it.title == 'Milestone linked " + SHARED + "' }";
        assertThat(throughTheApi.getLong(linked + ".id")).isEqualTo(milestone);
        assertThat(throughTheApi.<Object>get(linked + ".goalId")).isNull();
        assertThat(sessions.get(Viewer.OWNER)
                        .request()
                        .get("/milestones/" + milestone)
                        .asString())
                .contains(PRIVATE);
    }

    @Test
    void aMentorCannotChangeAnythingOfTheMentees() {
        Session bob = sessions.get(Viewer.MENTOR);
        String goal = paths.get("shared goal");
        for (String action : List.of("/revision", "/status", "/pivot", "/measure", "/steps", "/sharing")) {
            assertThat(bob.form("/")
                            .formParams(Map.of("title", "hijack", "to", "DROPPED", "share", "off"))
                            .post(goal + action)
                            .statusCode())
                    .as(action)
                    .isEqualTo(GONE);
        }
        String milestone = paths.get("shared milestone");
        assertThat(bob.form("/").formParam("title", "hijack").post(milestone).statusCode())
                .isEqualTo(GONE);
        assertThat(bob.form("/").post(milestone + "/delete").statusCode()).isEqualTo(GONE);
        assertThat(bob.page(goal).select("form[action$=/status]")).isEmpty();
    }
}
