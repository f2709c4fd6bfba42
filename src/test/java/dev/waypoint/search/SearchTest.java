package dev.waypoint.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkins.Week;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.Session;
import dev.waypoint.support.SqlStatements;
import dev.waypoint.teams.Membership;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Search from empty accounts: what one wrote, found by its words whatever their case and accents;
 * what others share, found exactly while it is shared; bad searches told why on the page.
 */
@QuarkusTest
class SearchTest {

    @jakarta.inject.Inject
    org.hibernate.SessionFactory sessionFactory;

    @Test
    void findsOnesOwnWordsOfEveryKindWhateverTheirCaseAndAccents() {
        Newcomer ada = Newcomer.signUp("search-ada");
        Session session = ada.session();
        Long star = Fixtures.northStar(ada.id(), "Polish my Résumé");
        Long goal = goal(session, "Give a Conférence talk", "Talks open doors", "Write the abstract\nRehearse");
        String week = Week.current(Clock.systemUTC(), ZoneOffset.UTC).id();
        session.form("/check-ins/" + week)
                .formParam("wins", "Booked the venue for the conference talk")
                .formParam("roadblocks", "100% of my slides are empty_ish")
                .formParam("focus", "Rehearse twice")
                .formParam("confidence", "4")
                .post("/check-ins/" + week)
                .then()
                .statusCode(303);
        Long milestone = Fixtures.milestone(ada.id(), "Spoke at the local meetup");

        Document found = search(session, "CONFERENCE");
        assertThat(hrefs(found)).contains("/goals/" + goal, "/check-ins/" + week);
        assertThat(found.select("#found-goal + ol mark").eachText()).containsExactly("Conférence");
        assertThat(found.select("#found-check-in + ol .search-hit-snippet").text())
                .contains("Booked the venue for the conference talk");
        assertThat(found.select("#search-count").text()).isEqualTo("2 results");

        assertThat(hrefs(search(session, "resume"))).containsExactly("/goals#star-" + star);
        assertThat(hrefs(search(session, "RÉSUMÉ"))).containsExactly("/goals#star-" + star);
        assertThat(hrefs(search(session, "rehearse")))
                .as("a step and a check-in")
                .hasSize(2)
                .contains("/check-ins/" + week)
                .anySatisfy(href -> assertThat(href).startsWith("/goals/" + goal + "#step-"));
        assertThat(hrefs(search(session, "\"conference talk\"")))
                .containsExactlyInAnyOrder("/goals/" + goal, "/check-ins/" + week);
        assertThat(hrefs(search(session, "\"talk conference\""))).isEmpty();
        assertThat(hrefs(search(session, "meetup spoke"))).containsExactly("/milestones/" + milestone);
        assertThat(hrefs(search(session, "meetup nowhere"))).isEmpty();

        assertThat(hrefs(search(session, "%"))).as("%% stands for itself").containsExactly("/check-ins/" + week);
        assertThat(hrefs(search(session, "y_is"))).as("_ stands for itself").containsExactly("/check-ins/" + week);
        assertThat(hrefs(search(session, "empt_")))
                .as("_ matches no other letter")
                .isEmpty();
        assertThat(hrefs(search(session, "sli%s")))
                .as("%% matches nothing else")
                .isEmpty();
        assertThat(hrefs(search(session, "' or 1=1 --"))).isEmpty();

        assertThat(hrefs(search(session, "talk", "kind=goal"))).containsExactly("/goals/" + goal);
        assertThat(hrefs(search(session, "talk", "whose=mentees"))).isEmpty();
        assertThat(hrefs(search(session, "talk", "time=last-12-months", "order=best")))
                .containsExactly("/goals/" + goal, "/check-ins/" + week);
    }

    @Test
    void aSearchThatCannotRunSaysWhyAndKeepsWhatWasTyped() {
        Session session = Newcomer.signUp("search-empty").session();
        Document nothingAsked = session.page("/search");
        assertThat(nothingAsked.select(".search-hit")).isEmpty();
        assertThat(nothingAsked.select("#search-refusal")).isEmpty();

        assertThat(search(session, "   ").select("#search-refusal").text())
                .isEqualTo("Type a word or two to search for.");
        assertThat(search(session, "\u0000").select("#search-refusal").text())
                .as("a NUL, which PostgreSQL refuses in a string")
                .isEqualTo("Type a word or two to search for.");
        assertThat(search(session, "x\u0000y\u0007").select("#search-count").text())
                .startsWith("Nothing matches");
        String long201 = "a".repeat(201);
        Document tooLong = search(session, long201);
        assertThat(tooLong.select("#search-refusal").text())
                .isEqualTo("A search can be at most 200 characters long; this one has 201.");
        assertThat(tooLong.select("#search-q").val()).isEqualTo(long201);
        assertThat(search(session, "a b c d e f g h i")
                        .select("#search-refusal")
                        .text())
                .startsWith("Search for at most 8 words");
        assertThat(search(session, "x", "kind=spells").select("#search-refusal").text())
                .startsWith("\"kind\" must be one of: north-star, goal");

        String fragment = session.htmx("/search")
                .get("/search?q=nothing-like-this")
                .then()
                .statusCode(200)
                .header("Vary", org.hamcrest.Matchers.containsString("HX-Request"))
                .extract()
                .asString();
        Document results = Jsoup.parse(fragment);
        assertThat(results.select("#search-results")).hasSize(1);
        assertThat(results.select("form")).as("only the results").isEmpty();
        assertThat(results.select("#announcer").text())
                .as("the count, for screen readers")
                .isEqualTo("0 results");
    }

    @Test
    void aMentorFindsWhatAMenteeSharesOnlyWhileItIsShared() {
        Newcomer mentee = Newcomer.signUp("search-mentee");
        Newcomer mentor = Newcomer.signUp("search-mentor");
        Newcomer stranger = Newcomer.signUp("search-stranger");
        Long mentorship = Fixtures.mentorship(mentor.id(), mentee.id(), false);
        Long goal = goal(mentee.session(), "Learn zyxwvut pairing", "", "");
        Long milestone = Fixtures.milestone(mentee.id(), "Paired zyxwvut for a day");

        assertThat(hrefs(search(mentor.session(), "zyxwvut"))).isEmpty();
        String week = Week.current(Clock.systemUTC(), ZoneOffset.UTC).id();
        mentee.session()
                .form("/check-ins/" + week)
                .formParam("wins", "A quiet week")
                .formParam("focus", "More pairing")
                .formParam("confidence", "3")
                .formParam("shareWithMentors", "on")
                .formParam("noteGoal", goal.toString())
                .formParam("note", "Qazwsx went badly")
                .post("/check-ins/" + week)
                .then()
                .statusCode(303);
        Document privateNote = search(mentor.session(), "qazwsx");
        assertThat(hrefs(privateNote))
                .as("a note about a goal kept from mentors is found by no word")
                .isEmpty();
        assertThat(search(mentor.session(), "quiet week").text())
                .as("and shown in no snippet")
                .doesNotContain("Qazwsx");
        assertThat(hrefs(search(mentor.session(), "quiet week")))
                .containsExactly("/mentoring/mentees/" + mentee.id() + "/check-ins/" + week);
        share(mentee, goal, "on");
        assertThat(hrefs(search(mentor.session(), "qazwsx")))
                .containsExactly("/mentoring/mentees/" + mentee.id() + "/check-ins/" + week);
        Fixtures.share(dev.waypoint.milestones.Milestone.class, milestone);
        Document found = search(mentor.session(), "zyxwvut");
        assertThat(hrefs(found)).containsExactlyInAnyOrder("/goals/" + goal, "/milestones/" + milestone);
        assertThat(found.select(".search-hit-meta").eachText())
                .allSatisfy(meta -> assertThat(meta).contains(mentee.displayName() + "'s · your mentee"));
        assertThat(hrefs(search(mentor.session(), "zyxwvut", "whose=mine"))).isEmpty();
        assertThat(hrefs(search(stranger.session(), "zyxwvut"))).isEmpty();

        share(mentee, goal, "off");
        assertThat(hrefs(search(mentor.session(), "zyxwvut"))).containsExactly("/milestones/" + milestone);
        Fixtures.endMentorshipsOf(mentee.id());
        assertThat(hrefs(search(mentor.session(), "zyxwvut")))
                .as("mentorship %s ended", mentorship)
                .isEmpty();
        assertThat(hrefs(search(mentee.session(), "zyxwvut")))
                .containsExactlyInAnyOrder("/goals/" + goal, "/milestones/" + milestone);
    }

    @Test
    void teamMatesFindTheBoardsGoalsAndCommentsFindTheirWritersAndReaders() {
        Newcomer lead = Newcomer.signUp("search-lead");
        Newcomer member = Newcomer.signUp("search-member");
        Newcomer leaver = Newcomer.signUp("search-leaver");
        Long team = Fixtures.team("Qwertyuiop crew", lead.id());
        Fixtures.member(team, member.id(), Membership.Role.MEMBER, false);
        Fixtures.member(team, leaver.id(), Membership.Role.MEMBER, false);
        Long goal = goal(member.session(), "Ship qwertyuiop docs", "", "");
        member.session()
                .form("/goals/" + goal)
                .formParams(Map.of("teamId", team.toString(), "share", "on"))
                .post("/goals/" + goal + "/team-sharing")
                .then()
                .statusCode(303);
        Long teamGoal = Fixtures.teamGoal(team, "Qwertyuiop launch", "Plan it");
        lead.commentsOn(goal, "Lovely qwertyuiop work");

        assertThat(hrefs(search(lead.session(), "qwertyuiop")))
                .containsExactlyInAnyOrder(
                        "/goals/" + goal,
                        "/teams/" + team + "#card-team-goal-" + teamGoal,
                        "/search/open/goal/" + goal);
        assertThat(hrefs(search(member.session(), "qwertyuiop", "whose=mine")))
                .as("their goal and the comment they received")
                .containsExactlyInAnyOrder("/goals/" + goal, "/search/open/goal/" + goal);
        lead.session()
                .request()
                .redirects()
                .follow(false)
                .get("/search/open/goal/" + goal)
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/goals/" + goal));

        assertThat(hrefs(search(leaver.session(), "qwertyuiop")))
                .as("while a member")
                .containsExactlyInAnyOrder("/goals/" + goal, "/teams/" + team + "#card-team-goal-" + teamGoal);
        leaver.session()
                .form("/teams/" + team)
                .post("/teams/" + team + "/leave")
                .then()
                .statusCode(303);
        assertThat(hrefs(search(leaver.session(), "qwertyuiop"))).isEmpty();
        leaver.session()
                .request()
                .redirects()
                .follow(false)
                .get("/search/open/goal/" + goal)
                .then()
                .statusCode(404);
        leaver.session()
                .request()
                .get("/search/open/team-goal/" + teamGoal)
                .then()
                .statusCode(404);
        leaver.session().request().get("/search/open/anything/" + goal).then().statusCode(404);

        member.session()
                .form("/goals/" + goal)
                .formParams(Map.of("teamId", team.toString(), "share", "off"))
                .post("/goals/" + goal + "/team-sharing")
                .then()
                .statusCode(303);
        assertThat(hrefs(search(lead.session(), "qwertyuiop")))
                .as("the goal and the lead's comment on it are out of sight")
                .containsExactly("/teams/" + team + "#card-team-goal-" + teamGoal);
    }

    @Test
    void thePaletteJumpsToPagesTeamsMenteesAndGoalsByName() {
        Newcomer lead = Newcomer.signUp("jump-lead");
        Newcomer mentee = Newcomer.signUp("jump-mentee");
        Newcomer stranger = Newcomer.signUp("jump-stranger");
        Long team = Fixtures.team("Asdfghjkl platform", lead.id());
        Fixtures.team("Asdfghjkl elsewhere", stranger.id());
        Fixtures.mentorship(lead.id(), mentee.id(), false);
        Long goal = Fixtures.goal(lead.id(), null, "Asdfghjkl certification");

        Document options = Jsoup.parse(
                lead.session().fragment().get("/search/jump?q=asdfghjkl").asString());
        assertThat(options.select("[role=option]").eachAttr("data-href"))
                .containsExactly("/teams/" + team, "/goals/" + goal);
        assertThat(Jsoup.parse(lead.session()
                                .fragment()
                                .get("/search/jump?q=" + mentee.name())
                                .asString())
                        .select("[role=option]")
                        .eachAttr("data-href"))
                .containsExactly("/mentoring/mentees/" + mentee.id());
        assertThat(Jsoup.parse(lead.session()
                                .fragment()
                                .get("/search/jump?q=insi")
                                .asString())
                        .select("[role=option]")
                        .eachAttr("data-href"))
                .containsExactly("/insights");
        assertThat(Jsoup.parse(lead.session().fragment().get("/search/jump").asString())
                        .select("[role=option]"))
                .hasSizeGreaterThan(10);
        assertThat(Jsoup.parse(mentee.session()
                                .fragment()
                                .get("/search/jump?q=asdfghjkl")
                                .asString())
                        .select("[role=option]"))
                .isEmpty();
    }

    @Test
    void theReadApiSearchesWithTheSameAudienceAndSaysWhatIsWrong() {
        Newcomer owner = Newcomer.signUp("api-search");
        Newcomer other = Newcomer.signUp("api-search-other");
        Long goal = Fixtures.goal(owner.id(), null, "Mnbvcxz roadmap");
        String token = Fixtures.accessToken(owner.id());
        Response found = Fixtures.api(token).get("/api/v1/search?q=MNBVCXZ");
        found.then().statusCode(200);
        assertThat(found.jsonPath().getList("results.path", String.class)).containsExactly("/goals/" + goal);
        assertThat(found.jsonPath().getString("results[0].kind")).isEqualTo("goal");
        assertThat(found.jsonPath().getString("results[0].title")).isEqualTo("Mnbvcxz roadmap");
        assertThat(Fixtures.api(Fixtures.accessToken(other.id()))
                        .get("/api/v1/search?q=mnbvcxz")
                        .jsonPath()
                        .getList("results"))
                .isEmpty();
        for (String bad : List.of("", "?q=", "?q=x&kind=spells", "?q=x&time=ages", "?q=" + "b".repeat(201))) {
            Fixtures.api(token)
                    .get("/api/v1/search" + bad)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aSearchCostsTheSameStatementsForAFewItemsAndForTenTimesAsMany() {
        Newcomer few = searcherWith(2, "few");
        Newcomer many = searcherWith(20, "many");
        for (String path : List.of("/search?q=orbit", "/search/jump?q=orbit")) {
            long forFew = SqlStatements.forPage(sessionFactory, few.session(), path);
            long forMany = SqlStatements.forPage(sessionFactory, many.session(), path);
            System.out.printf(
                    "SQL statements for %s: %d (a few of each), %d (ten times as many)%n", path, forFew, forMany);
            assertThat(forMany).isEqualTo(forFew);
            // The session, then one statement per kind and audience: six of one's own kinds, a
            // mentee's three, a team's two, comments received and written, and the notes of the
            // check-ins found, one's own and a mentee's (the palette: four).
            assertThat(forMany).as(path).isLessThanOrEqualTo(path.contains("jump") ? 5 : 16);
        }
        assertThat(search(many.session(), "orbit").select("#found-goal .muted").text())
                .as("every goal is found and counted")
                .isEqualTo(String.valueOf(20 + 20 + 20 + 1));
    }

    /** A searcher with {@code n} of each kind of their own, a mentee's and a team's, all saying "orbit". */
    private static Newcomer searcherWith(int n, String prefix) {
        Newcomer searcher = Newcomer.signUp("cost-" + prefix);
        Newcomer mentee = Newcomer.signUp("cost-mentee-" + prefix);
        Newcomer mate = Newcomer.signUp("cost-mate-" + prefix);
        Fixtures.mentorship(searcher.id(), mentee.id(), false);
        Long team = Fixtures.team("Orbit " + prefix, searcher.id());
        Fixtures.member(team, mate.id(), Membership.Role.MEMBER, false);
        Fixtures.teamGoal(team, "Orbit launch", "Count down");
        Fixtures.northStar(searcher.id(), "Orbit star");
        for (int i = 0; i < n; i++) {
            Long own = Fixtures.goal(searcher.id(), null, "Orbit goal " + i, "Orbit step " + i);
            Fixtures.comment(mentee.id(), searcher.id(), dev.waypoint.feedback.Feedback.Item.GOAL, own, "Orbit!");
            Fixtures.milestone(searcher.id(), "Orbit milestone " + i);
            Fixtures.checkIn(searcher.id(), java.time.LocalDate.of(2024, 1, 1).plusWeeks(i), "Orbit win", "Focus", 3);
            Long shared = Fixtures.goal(mentee.id(), null, "Orbit mentee goal " + i);
            Fixtures.share(dev.waypoint.goals.Goal.class, shared);
            Fixtures.share(
                    dev.waypoint.checkins.CheckIn.class,
                    Fixtures.checkIn(
                            mentee.id(), java.time.LocalDate.of(2024, 1, 1).plusWeeks(i), "Orbit", "", 3));
            Fixtures.shareWithTeam(
                    team,
                    dev.waypoint.teams.TeamShare.Item.GOAL,
                    Fixtures.goal(mate.id(), null, "Orbit mate goal " + i),
                    mate.id());
        }
        return searcher;
    }

    private static Long goal(Session session, String title, String why, String steps) {
        Response created = session.form("/goals/new")
                .formParams(Map.of("title", title, "category", "TECHNICAL", "why", why, "steps", steps))
                .post("/goals");
        created.then().statusCode(303);
        return Long.valueOf(
                created.header("Location").replaceAll(".*/goals/", "").replaceAll("[^0-9].*", ""));
    }

    private static void share(Newcomer owner, Long goal, String onOrOff) {
        owner.session()
                .form("/goals/" + goal)
                .formParams(Map.of("share", onOrOff))
                .post("/goals/" + goal + "/sharing")
                .then()
                .statusCode(303);
    }

    /** The search page for these words, with filters given as "name=value". */
    private static Document search(Session session, String q, String... filters) {
        var request = session.request().queryParam("q", q);
        for (String filter : filters) {
            request = request.queryParam(
                    filter.substring(0, filter.indexOf('=')), filter.substring(filter.indexOf('=') + 1));
        }
        Response response = request.get("/search");
        response.then().statusCode(200);
        return Jsoup.parse(response.asString());
    }

    /** The pages the results open; a comment's, without the comment's place on it. */
    private static List<String> hrefs(Document page) {
        List<String> hrefs = page.select(".search-hit-title").eachAttr("href");
        hrefs.forEach(href -> assertThat(href).doesNotContainPattern("/search/open/.*/\\d+$"));
        return hrefs.stream()
                .map(href -> href.replaceFirst("#feedback-\\d+$", ""))
                .toList();
    }
}
