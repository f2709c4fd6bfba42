package dev.waypoint.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Newcomer;
import dev.waypoint.support.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportImportTest {

    @Inject
    ObjectMapper json;

    @Test
    void exportingAndImportingIntoAnEmptyAccountGivesTheSameDataBack() throws Exception {
        Newcomer original = Newcomer.signUp("exporter");
        Long ownerId = Fixtures.personIdOf(original.name());
        Long starId = Fixtures.northStar(ownerId, "Become a staff engineer");
        Long goalId = Fixtures.goal(ownerId, starId, "Lead a design review", "Pick a design", "Run it");
        String goal = "/goals/" + goalId;
        original.session().htmx(goal).post(goal + "/steps/" + Fixtures.firstStepOf(goalId) + "/toggle");
        original.session().form(goal).formParam("to", "ACHIEVED").post(goal + "/status");
        original.session()
                .form(goal + "/reflection")
                .formParams(Map.of("meaningful", "4", "learned", "Ask early", "chooseAgain", "YES"))
                .post(goal + "/reflection");
        Fixtures.goal(ownerId, null, "Learn Rust");
        Fixtures.checkIn(
                ownerId, LocalDate.now().with(java.time.DayOfWeek.MONDAY).minusWeeks(1), "A win", "A focus", 4);
        original.session()
                .form("/milestones/new")
                .formParams(Map.of(
                        "title", "Staff promotion", "date", "2024-03-01", "kind", "ROLE", "goalId", goalId.toString()))
                .post("/milestones");

        Map<String, String> email = new java.util.HashMap<>(
                Map.of("feedback", "WEEKLY", "replies", "OFF", "mentees", "DAILY", "teams", "AS_IT_HAPPENS"));
        email.putAll(Map.of("people", "OFF", "sessions", "DAILY", "security", "AS_IT_HAPPENS"));
        email.putAll(Map.of("quietFrom", "22:30", "quietUntil", "06:45"));
        original.session()
                .form("/profile")
                .formParams(email)
                .post("/profile/e-mail")
                .then()
                .statusCode(303);

        String exported =
                original.session().request().get("/export/waypoint.json").asString();
        JsonNode tree = json.readTree(exported);
        assertThat(tree.at("/profile/email/FEEDBACK").asText()).isEqualTo("WEEKLY");
        assertThat(tree.at("/profile/quietFrom").asText()).isEqualTo("22:30");
        assertThat(tree.get("format").asText()).isEqualTo("waypoint-export");
        assertThat(tree.get("version").asInt()).isEqualTo(1);
        assertThat(tree.get("goals")).hasSize(2);

        Newcomer copy = Newcomer.signUp("importer");
        Response imported = upload(copy.session(), exported.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).isEqualTo(303);

        String reexported =
                copy.session().request().get("/export/waypoint.json").asString();
        assertThat(withoutTimestamp(json.readTree(reexported))).isEqualTo(withoutTimestamp(tree));
        assertThat(copy.session().page("/goals").text())
                .contains("Lead a design review")
                .contains("Become a staff engineer");
    }

    @Test
    void sessionsTravelAsTheImportersOwnRecordAndComeBackInTheNextExport() throws Exception {
        Newcomer mentee = Newcomer.signUp("kept-mentee");
        Newcomer mentor = Newcomer.signUp("kept-mentor");
        Long mentorship = Fixtures.mentorship(mentor.id(), mentee.id(), false);
        Long session = Fixtures.meeting(mentorship, mentor.id(), java.time.Instant.parse("2025-06-03T15:00:00Z"));
        Fixtures.talkingPoint(session, mentor.id(), "The conference talk", true);
        Fixtures.talkingPoint(session, mentee.id(), "Whether to ask for the lead role", false);
        Fixtures.talkingPoint(session, mentor.id(), "Ask about the reorg", false);
        Fixtures.actionItem(session, mentee.id(), mentor.id(), "Draft the talk outline");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            dev.waypoint.meetings.Meeting held = dev.waypoint.meetings.Meeting.findById(session);
            held.status = dev.waypoint.meetings.Meeting.Status.HELD;
            held.sharedNotes = "Start with the outline";
        });
        JsonNode exported = json.readTree(
                mentee.session().request().get("/export/waypoint.json").asString());
        assertThat(exported.get("sessions")).hasSize(1);
        assertThat(exported.get("sessions").get(0).get("points").toString())
                .contains("The conference talk", "lead role")
                .doesNotContain("reorg");

        Newcomer copy = Newcomer.signUp("kept-copy");
        Response imported = upload(copy.session(), exported.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).isEqualTo(303);
        assertThat(copy.session()
                        .page("/export")
                        .select("a[href=/export/sessions]")
                        .text())
                .isEqualTo("1 mentoring session you brought from another Waypoint");
        org.jsoup.nodes.Document kept = copy.session().page("/export/sessions");
        assertThat(kept.select(".kept-session h2").text()).contains("with " + mentor.displayName());
        assertThat(kept.select(".kept-session").text())
                .contains(mentor.displayName() + " was your mentor")
                .contains("Held", "The conference talk", "Whether to ask for the lead role", "Private: only you")
                .contains("Start with the outline", "Draft the talk outline");
        assertThat(mentee.session().page("/export/sessions").select(".kept-session"))
                .as("the page lists only one's own kept sessions")
                .isEmpty();

        JsonNode again = json.readTree(
                copy.session().request().get("/export/waypoint.json").asString());
        assertThat(again.get("sessions")).isEqualTo(exported.get("sessions"));
        assertThat(upload(copy.session(), exported.toString().getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .as("an account holding kept sessions is not empty")
                .isEqualTo(409);
    }

    @Test
    void aSessionTheAppCouldNotHaveWrittenIsRefused() {
        Newcomer target = Newcomer.signUp("bad-session");
        String badStatus = """
                {"format":"waypoint-export","version":1,"profile":{"displayName":"X","timeZone":"UTC",
                 "checkInDay":"FRIDAY","emailReminders":true,"shareCheckIns":false},
                 "sessions":[{"with":"Erin","side":"mentee","startsAt":"2025-06-03T15:00:00Z","zone":"UTC",
                   "minutes":60,"status":"WHATEVER"}]}
                """;
        Response refused = upload(target.session(), badStatus.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(org.jsoup.Jsoup.parse(refused.asString()).text()).contains("the session of 2025-06-03T15:00:00Z");
        assertThat(target.session().page("/export/sessions").select(".kept-session"))
                .isEmpty();
    }

    @Test
    void aBadFileIsRefusedClearlyAndChangesNothing() throws Exception {
        Newcomer target = Newcomer.signUp("careful");

        Response garbage = upload(target.session(), "{ this is not json".getBytes(StandardCharsets.UTF_8));
        assertThat(garbage.statusCode()).isEqualTo(422);
        assertThat(org.jsoup.Jsoup.parse(garbage.asString()).text()).contains("isn't a Waypoint export");

        String halfBroken = """
                {"format":"waypoint-export","version":1,"profile":{"displayName":"X","timeZone":"UTC",
                 "checkInDay":"FRIDAY","emailReminders":true,"shareCheckIns":false},
                 "northStars":[{"ref":1,"title":"Fine","createdAt":"2025-01-01T00:00:00Z"}],
                 "goals":[{"ref":1,"title":"Bad status","category":"TECHNICAL","status":"WHATEVER",
                   "statusChangedAt":"2025-01-01T00:00:00Z","lastProgressAt":"2025-01-01T00:00:00Z",
                   "createdAt":"2025-01-01T00:00:00Z"}]}
                """;
        Response invalid = upload(target.session(), halfBroken.getBytes(StandardCharsets.UTF_8));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(org.jsoup.Jsoup.parse(invalid.asString()).text()).contains("the goal \"Bad status\"");
        assertThat(target.session().page("/goals").text()).doesNotContain("Fine");

        String unknownCadence = """
                {"format":"waypoint-export","version":1,"profile":{"displayName":"X","timeZone":"UTC",
                 "checkInDay":"FRIDAY","emailReminders":true,"shareCheckIns":false,
                 "email":{"FEEDBACK":"HOURLY"},"quietFrom":"20:00","quietUntil":"08:00"}}
                """;
        Response cadence = upload(target.session(), unknownCadence.getBytes(StandardCharsets.UTF_8));
        assertThat(cadence.statusCode()).isEqualTo(422);
        assertThat(org.jsoup.Jsoup.parse(cadence.asString()).text()).contains("e-mail cadence");

        Response tooBig = upload(target.session(), new byte[(int) ExportResource.MAX_IMPORT_BYTES + 1]);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(org.jsoup.Jsoup.parse(tooBig.asString()).text()).contains("larger than 5 MB");

        Response wrongVersion = upload(
                target.session(), "{\"format\":\"waypoint-export\",\"version\":99}".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongVersion.statusCode()).isEqualTo(422);
        assertThat(org.jsoup.Jsoup.parse(wrongVersion.asString()).text()).contains("version 99");
    }

    @Test
    void importingIntoAnAccountWithDataIsRefused() {
        Newcomer busy = Newcomer.signUp("busy");
        Fixtures.goal(Fixtures.personIdOf(busy.name()), null, "Already here");

        Response refused = upload(busy.session(), "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(org.jsoup.Jsoup.parse(refused.asString()).text()).contains("only works into an empty account");
    }

    @Test
    void anAchievedGoalWithoutItsMomentIsRefusedSoTheTimelineNeverBreaks() {
        Newcomer target = Newcomer.signUp("timeless");
        String achievedNoDate = """
                {"format":"waypoint-export","version":1,"profile":{"displayName":"X","timeZone":"UTC",
                 "checkInDay":"FRIDAY","emailReminders":true,"shareCheckIns":false},
                 "goals":[{"ref":1,"title":"Done sometime","category":"TECHNICAL","status":"ACHIEVED",
                   "statusChangedAt":"2025-01-01T00:00:00Z","lastProgressAt":"2025-01-01T00:00:00Z",
                   "createdAt":"2025-01-01T00:00:00Z"}]}
                """;

        Response refused = upload(target.session(), achievedNoDate.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(org.jsoup.Jsoup.parse(refused.asString()).text()).contains("the goal \"Done sometime\"");
        target.session().page("/milestones");
    }

    @Test
    void twoImportsAtOnceFillTheAccountOnce() throws Exception {
        Newcomer source = Newcomer.signUp("twice-source");
        Fixtures.goal(Fixtures.personIdOf(source.name()), null, "Imported once");
        byte[] export = source.session().request().get("/export/waypoint.json").asByteArray();
        Newcomer target = Newcomer.signUp("two-tabs");
        String token = target.session().csrfToken("/export");

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.List<Integer> statuses;
        try {
            java.util.concurrent.Callable<Integer> importing = () -> target.session()
                    .request()
                    .multiPart("csrf-token", token)
                    .multiPart("file", "waypoint-export.json", export, "application/json")
                    .post("/export/import")
                    .statusCode();
            statuses = pool.invokeAll(java.util.List.of(importing, importing)).stream()
                    .map(future -> {
                        try {
                            return future.get();
                        } catch (Exception failed) {
                            throw new IllegalStateException(failed);
                        }
                    })
                    .sorted()
                    .toList();
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsExactly(303, 409);
        Long targetId = Fixtures.personIdOf(target.name());
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .call(() -> dev.waypoint.goals.Goal.count("owner.id", targetId)))
                .isEqualTo(1);
    }

    private static Response upload(Session session, byte[] content) {
        return session.request()
                .multiPart("csrf-token", session.csrfToken("/export"))
                .multiPart("file", "waypoint-export.json", content, "application/json")
                .post("/export/import");
    }

    private static JsonNode withoutTimestamp(JsonNode tree) {
        ObjectNode copy = tree.deepCopy();
        copy.remove("exportedAt");
        return copy;
    }
}
