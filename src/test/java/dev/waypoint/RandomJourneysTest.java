package dev.waypoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Week;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.support.Fixtures;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import dev.waypoint.support.WalkSeeds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Four people start from empty accounts and do what people do, in an order a seeded random
 * generator picks: goals with and without dates, steps, ticks, drops, pivots, sharing with
 * mentors and teams, check-ins, pauses, milestones, invitations, ending and leaving. After every
 * action every page each of them can reach is requested, and three things must hold:
 * <ul>
 *   <li>no page answers 5xx or an error page;
 *   <li>a marker written into every private item never shows up for anyone outside its audience,
 *       and item pages answer 200 exactly for its audience, 404 for everyone else;
 *   <li>each "who can see this" sentence names exactly the audience the sharing rule gives.
 * </ul>
 * The read API is called the same way, with a token of each person's: its routes answer 200 or 404
 * exactly as their pages do, and its own lists hold exactly the person's goals, mentees and teams.
 * The audience rule is restated here on a model of what was done, independently of the app.
 * Every build walks seeds 1 and 2 and three seeds taken from the commit, so each commit explores
 * new ground; {@code -Dwalk.seeds=1..50 -Dwalk.steps=60} walks more. A failure names its seed and
 * step and the command that replays it.
 */
@QuarkusTest
class RandomJourneysTest {

    private static final String[] CATEGORIES = {
        "TECHNICAL", "JOB", "PEOPLE_AND_LEADERSHIP", "COMMUNICATION_AND_COMMUNITY", "WORK_ENVIRONMENT", "OTHER"
    };

    @Test
    void randomButSeededJourneysFromEmptyAccountsNeverErrNorLeak() {
        List<Long> seeds = WalkSeeds.chosen(System.getProperty("walk.seeds"), List.of(1L, 2L), 3);
        int steps = Integer.getInteger("walk.steps", 20);
        System.out.println("RandomJourneysTest walks seeds " + seeds + ", " + steps + " steps each");
        for (long seed : seeds) {
            new Walk(seed, steps).run();
            System.out.println("RandomJourneysTest: seed " + seed + " walked " + steps + " steps");
        }
    }

    /** A person in the walk. */
    static final class Person {
        final String name;
        final Session session;
        final Long id;
        /** The name pages show, as the app made it from the sign-in ("Walker-…" for "walker-…"). */
        final String displayName;
        /** Where their requests come from after signing in. */
        String address;

        Person(String name) {
            this.name = name;
            this.session = SignIn.asNewcomer(name);
            this.session.page("/");
            dev.waypoint.people.Person stored = QuarkusTransaction.requiringNew()
                    .call(() -> dev.waypoint.people.Person.<dev.waypoint.people.Person>find("subject", name)
                            .firstResult());
            this.id = stored.id;
            this.displayName = stored.displayName;
        }
    }

    static final class Goal {
        final long id;
        final Person owner;
        final String marker;
        /**
         * The marker in its "why", which a pivot carries over to the new goal: it may show to
         * whoever sees either goal.
         */
        String why;

        boolean sharedWithMentors;
        final Set<Long> teams = new LinkedHashSet<>();
        final List<Long> openSteps = new ArrayList<>();
        String status = "ACTIVE";

        Goal(long id, Person owner, String marker) {
            this.id = id;
            this.owner = owner;
            this.marker = marker;
        }
    }

    static final class CheckInItem {
        final long id;
        final Person owner;
        final Week week;
        String marker;
        boolean sharedWithMentors;
        Set<Long> teams = new LinkedHashSet<>();

        CheckInItem(long id, Person owner, Week week) {
            this.id = id;
            this.owner = owner;
            this.week = week;
        }
    }

    static final class MilestoneItem {
        final long id;
        final Person owner;
        final String marker;
        boolean sharedWithMentors;

        MilestoneItem(long id, Person owner, String marker) {
            this.id = id;
            this.owner = owner;
            this.marker = marker;
        }
    }

    /** A mentoring session: its page, its two people, and what was written on it. */
    static final class SessionItem {
        final String path;
        final long mentorshipId;
        final Person mentor;
        final Person mentee;
        /** While the mentorship lasts; after it the mentee alone keeps the record. */
        boolean active = true;
        /** Markers of points and notes: who wrote each, and whether the other side sees it. */
        final Map<String, Person> privateWords = new LinkedHashMap<>();

        final Set<String> sharedWords = new LinkedHashSet<>();

        SessionItem(String path, long mentorshipId, Person mentor, Person mentee) {
            this.path = path;
            this.mentorshipId = mentorshipId;
            this.mentor = mentor;
            this.mentee = mentee;
        }

        boolean opens(Person viewer) {
            return viewer == mentee || (viewer == mentor && active);
        }

        /** A session's page, rather than the mentorship's own (its agreement or closing). */
        boolean isSession() {
            return path.contains("/sessions/");
        }
    }

    static final class Team {
        final long id;
        final String name;
        final Map<Person, Boolean> members = new LinkedHashMap<>(); // person -> is lead
        boolean archived;

        Team(long id, String name) {
            this.id = id;
            this.name = name;
        }

        boolean has(Person person) {
            return !archived && members.containsKey(person);
        }
    }

    static final class Walk {
        final long seed;
        final Random random;
        final String tag;
        final List<Person> people = new ArrayList<>();
        final List<Goal> goals = new ArrayList<>();
        final List<CheckInItem> checkIns = new ArrayList<>();
        final List<MilestoneItem> milestones = new ArrayList<>();
        final List<Team> teams = new ArrayList<>();
        /** Active mentorships as [mentor, mentee], oldest first. */
        final List<Person[]> mentorships = new ArrayList<>();
        /** Comments by marker, with the goal they are on. */
        final Map<String, Goal> comments = new LinkedHashMap<>();

        final List<SessionItem> sessions = new ArrayList<>();

        int counter;
        final int steps;
        int step;
        String lastAction = "start";

        Walk(long seed, int steps) {
            this.seed = seed;
            this.steps = steps;
            this.random = new Random(seed);
            this.tag = Long.toString(seed, 36) + Long.toString(System.nanoTime() % 1_000_000, 36);
            for (String letter : List.of("a", "b", "c", "d")) {
                Person person = new Person("walker-" + tag + "-" + letter);
                // Each walker comes from an address of their own (documentation addresses, RFC 5737).
                person.address = "198.51.100." + (10 + people.size());
                person.session.comingFrom(person.address);
                people.add(person);
                // Half of them take everything by e-mail as it happens, half in digests; nobody has quiet hours.
                String cadence = people.size() % 2 == 0 ? "AS_IT_HAPPENS" : "DAILY";
                var choices = person.session.form("/profile");
                for (String topic :
                        List.of("feedback", "replies", "mentees", "teams", "people", "sessions", "security")) {
                    choices.formParam(topic, cadence);
                }
                choices.formParam("quietFrom", "00:00")
                        .formParam("quietUntil", "00:00")
                        .post("/profile/e-mail")
                        .then()
                        .statusCode(303);
            }
        }

        void run() {
            for (step = 1; step <= steps; step++) {
                Person actor = pick(people);
                act(actor);
                checkTheMail();
                checkEveryPage();
            }
        }

        /** A unique marker that is never a part of another ("zq1n2q" vs "zq1n20q"). */
        String marker() {
            return "zq" + tag + "n" + (++counter) + "q";
        }

        // ---- what people do --------------------------------------------------------------

        void act(Person actor) {
            List<Goal> own = goals.stream()
                    .filter(g -> g.owner == actor && !g.status.equals("DROPPED"))
                    .toList();
            int choice = random.nextInt(26);
            if (own.isEmpty() && choice < 12) {
                choice = 0;
            }
            switch (choice) {
                case 0, 1 -> newGoal(actor);
                case 2 -> addStep(pick(own));
                case 3, 4 -> tick(pick(own));
                case 5 -> toggleMentorSharing(pick(own));
                case 6, 7 -> shareWithTeam(pick(own));
                case 8 -> dropOrAchieve(pick(own));
                case 9 -> pivot(pick(own));
                case 10, 11 -> comment(actor);
                case 12, 13 -> checkIn(actor);
                case 14 -> milestone(actor);
                case 15 -> inviteMentor(actor);
                case 16 -> endMentorship(actor);
                case 17 -> startOrJoinTeam(actor);
                case 18 -> leaveOrArchive(actor);
                case 19 -> planSession(actor);
                case 20 -> talkingPoint(actor);
                case 21 -> sessionWork(actor);
                case 22 -> agree(actor);
                case 23 -> readInbox(actor);
                case 24 -> workNeedsYou(actor);
                default -> pauseNextWeek(actor);
            }
        }

        void newGoal(Person actor) {
            String marker = marker();
            String why = marker();
            boolean dated = random.nextBoolean();
            var form = actor.session
                    .form("/goals/new")
                    .formParam("title", "Goal " + marker)
                    .formParam("category", pick(List.of(CATEGORIES)))
                    .formParam("why", "Because " + why)
                    .formParam(
                            "targetDate",
                            dated
                                    ? LocalDate.now(ZoneOffset.UTC)
                                            .plusDays(random.nextInt(60) - 10)
                                            .toString()
                                    : "");
            if (random.nextBoolean()) {
                form.formParam("steps", "First " + marker + "\nSecond " + marker);
            }
            if (random.nextInt(3) == 0) {
                form.formParam("measureTarget", "5").formParam("measureUnit", "talks");
            }
            if (random.nextInt(4) == 0) {
                // Under a new north star, which an agreement can name. Its title carries no marker: who
                // may read a north star follows its goals, which the model checks through their own.
                Response star = post(
                        "new north star",
                        actor.session.form("/north-stars/new").formParam("title", "Towards something"),
                        "/north-stars");
                assertThat(star.statusCode()).as(where("new north star")).isEqualTo(303);
                form.formParam("northStarId", star.header("Location").replaceFirst(".*northStar=(\\d+).*", "$1"));
            }
            Response created = post("new goal", form, "/goals");
            if (created.statusCode() == 422) {
                // Only a target date in the past is refused, with a message; nothing was made.
                assertThat(Jsoup.parse(created.asString())
                                .select("#targetDate-error")
                                .text())
                        .as(where("why a new goal was refused"))
                        .isNotBlank();
                return;
            }
            assertThat(created.statusCode()).as(where("new goal")).isEqualTo(303);
            long id = idIn(created.header("Location"));
            Goal goal = new Goal(id, actor, marker);
            goal.why = why;
            goals.add(goal);
            readSteps(goal);
        }

        void readSteps(Goal goal) {
            goal.openSteps.clear();
            for (Element step : goal.owner.session.page("/goals/" + goal.id).select("li.step:not(.done)[id^=step-]")) {
                goal.openSteps.add(Long.valueOf(step.id().substring("step-".length())));
            }
        }

        void addStep(Goal goal) {
            boolean dated = random.nextBoolean();
            var form = random.nextBoolean()
                    ? goal.owner.session.htmx("/goals/" + goal.id)
                    : goal.owner.session.form("/goals/" + goal.id);
            post(
                    "add step",
                    form.formParam("title", "Step " + goal.marker)
                            .formParam(
                                    "dueDate",
                                    dated
                                            ? LocalDate.now(ZoneOffset.UTC)
                                                    .plusDays(random.nextInt(10))
                                                    .toString()
                                            : ""),
                    "/goals/" + goal.id + "/steps");
            readSteps(goal);
        }

        void tick(Goal goal) {
            if (goal.openSteps.isEmpty()) {
                addStep(goal);
                return;
            }
            long stepId = pick(goal.openSteps);
            var form = random.nextBoolean()
                    ? goal.owner.session.htmx("/").formParam("from", "dashboard")
                    : goal.owner.session.form("/goals/" + goal.id);
            post("tick", form, "/goals/" + goal.id + "/steps/" + stepId + "/toggle");
            readSteps(goal);
        }

        void toggleMentorSharing(Goal goal) {
            goal.sharedWithMentors = !goal.sharedWithMentors;
            post(
                    "share with mentors",
                    goal.owner
                            .session
                            .form("/goals/" + goal.id)
                            .formParam("share", goal.sharedWithMentors ? "on" : "off"),
                    "/goals/" + goal.id + "/sharing");
        }

        void shareWithTeam(Goal goal) {
            List<Team> mine = teams.stream().filter(t -> t.has(goal.owner)).toList();
            if (mine.isEmpty()) {
                startOrJoinTeam(goal.owner);
                return;
            }
            Team team = pick(mine);
            if (goal.teams.contains(team.id)) {
                post(
                        "take off the board",
                        goal.owner.session.form("/teams/" + team.id),
                        "/teams/" + team.id + "/shared-goals/" + goal.id + "/remove");
                goal.teams.remove(team.id);
            } else {
                post(
                        "share with team",
                        goal.owner.session.form("/teams/" + team.id).formParam("goalId", goal.id),
                        "/teams/" + team.id + "/shared-goals");
                goal.teams.add(team.id);
            }
        }

        void dropOrAchieve(Goal goal) {
            boolean drop = random.nextBoolean();
            var form = random.nextBoolean()
                    ? goal.owner.session.htmx("/goals/" + goal.id)
                    : goal.owner.session.form("/goals/" + goal.id);
            String to = drop ? "DROPPED" : goal.status.equals("ACHIEVED") ? "ACTIVE" : "ACHIEVED";
            Response answer = post(
                    "status " + to,
                    form.formParam("to", to).formParam("reason", drop ? "Learned " + goal.marker : ""),
                    "/goals/" + goal.id + "/status");
            if (answer.statusCode() < 400) {
                goal.status = to;
            }
        }

        void pivot(Goal goal) {
            if (!goal.status.equals("ACTIVE")) {
                return;
            }
            String marker = marker();
            Response pivoted = post(
                    "pivot",
                    goal.owner
                            .session
                            .form("/goals/" + goal.id)
                            .formParam("title", "Pivot " + marker)
                            .formParam("reason", "Learned " + goal.marker),
                    "/goals/" + goal.id + "/pivot");
            assertThat(pivoted.statusCode()).as(where("pivot")).isEqualTo(303);
            goal.status = "DROPPED";
            Goal next = new Goal(idIn(pivoted.header("Location")), goal.owner, marker);
            next.why = goal.why;
            // The new goal follows the old one to its mentors; team boards are chosen again.
            next.sharedWithMentors = goal.sharedWithMentors;
            goals.add(next);
        }

        void comment(Person actor) {
            List<Goal> visible = goals.stream()
                    .filter(g -> g.owner != actor && sees(actor, g))
                    .toList();
            if (visible.isEmpty()) {
                inviteMentor(actor);
                return;
            }
            Goal goal = pick(visible);
            String text = "Comment " + goal.marker + " " + marker();
            Response answer = post(
                    "comment",
                    actor.session
                            .form("/goals/" + goal.id)
                            .formParam("itemType", "GOAL")
                            .formParam("itemId", goal.id)
                            .formParam("kind", "COMMENT")
                            .formParam("body", text),
                    "/feedback");
            assertThat(answer.statusCode()).as(where("comment")).isEqualTo(303);
            comments.put(text, goal);
        }

        void checkIn(Person actor) {
            Week week = Week.current(java.time.Clock.systemUTC(), ZoneOffset.UTC);
            String marker = marker();
            boolean mentors = random.nextBoolean();
            List<Team> mine = teams.stream().filter(t -> t.has(actor)).toList();
            Set<Long> chosen = new LinkedHashSet<>();
            var form = actor.session
                    .form("/check-ins/" + week.id())
                    .formParam("wins", "Win " + marker)
                    .formParam("roadblocks", random.nextBoolean() ? "" : "Roadblock " + marker)
                    .formParam("focus", "Focus " + marker)
                    .formParam("confidence", String.valueOf(1 + random.nextInt(5)));
            if (mentors) {
                form.formParam("shareWithMentors", "on");
            }
            for (Team team : mine) {
                if (random.nextBoolean()) {
                    form.formParam("teams", String.valueOf(team.id));
                    chosen.add(team.id);
                }
            }
            for (Goal goal : goals) {
                if (goal.owner == actor && goal.status.equals("ACTIVE") && random.nextBoolean()) {
                    form.formParam("noteGoal", String.valueOf(goal.id)).formParam("note", "Note " + goal.marker);
                }
            }
            Response answer = post("check in", form, "/check-ins/" + week.id());
            assertThat(answer.statusCode()).as(where("check in")).isEqualTo(303);
            long id = QuarkusTransaction.requiringNew()
                    .call(() -> CheckIn.of(actor.id, week).orElseThrow().id);
            CheckInItem item = checkIns.stream()
                    .filter(c -> c.id == id)
                    .findFirst()
                    .orElseGet(() -> {
                        CheckInItem fresh = new CheckInItem(id, actor, week);
                        checkIns.add(fresh);
                        return fresh;
                    });
            item.marker = marker;
            item.sharedWithMentors = mentors;
            item.teams = chosen;
        }

        void pauseNextWeek(Person actor) {
            Week next =
                    Week.current(java.time.Clock.systemUTC(), ZoneOffset.UTC).next();
            Response paused = post(
                    "pause next week",
                    actor.session
                            .form("/check-ins")
                            .formParam("week", next.id())
                            .formParam("reason", "Holiday"),
                    "/check-ins/pauses");
            URI confirmation = URI.create(paused.header("Location"));
            assertThat(confirmation.getQuery()).as(where("pause")).isEqualTo("done=week-paused");
            Document list = actor.session.page(confirmation.getPath() + "?" + confirmation.getQuery());
            assertThat(list.select("#flash-line[role=status]").text())
                    .as(where("the pause is confirmed"))
                    .contains("That week is paused");
            assertThat(list.select(".week-paused").text())
                    .as(where("the paused week is listed"))
                    .contains(next.label())
                    .contains("Paused ahead");
        }

        void milestone(Person actor) {
            List<MilestoneItem> own =
                    milestones.stream().filter(m -> m.owner == actor).toList();
            if (!own.isEmpty() && random.nextInt(3) == 0) {
                MilestoneItem gone = pick(own);
                post(
                        "delete milestone",
                        actor.session.form("/milestones/" + gone.id),
                        "/milestones/" + gone.id + "/delete");
                milestones.remove(gone);
                return;
            }
            String marker = marker();
            boolean shared = random.nextBoolean();
            var form = actor.session
                    .form("/milestones/new")
                    .formParam(
                            "date",
                            LocalDate.now(ZoneOffset.UTC)
                                    .minusDays(random.nextInt(400))
                                    .toString())
                    .formParam("title", "Milestone " + marker)
                    .formParam("kind", "TALK")
                    .formParam("story", "Story " + marker);
            if (shared) {
                form.formParam("shareWithMentors", "on");
            }
            Response created = post("milestone", form, "/milestones");
            assertThat(created.statusCode()).as(where("milestone")).isEqualTo(303);
            MilestoneItem item = new MilestoneItem(idIn(created.header("Location")), actor, marker);
            item.sharedWithMentors = shared;
            milestones.add(item);
        }

        void inviteMentor(Person mentee) {
            Person mentor = pick(people.stream().filter(p -> p != mentee).toList());
            Document page = Jsoup.parse(post(
                            "invite a mentor",
                            mentee.session.form("/people").formParam("role", "MENTOR"),
                            "/people/invitations")
                    .asString());
            String token = tokenOf(page);
            Response accepted = post(
                    "accept mentoring",
                    mentor.session.form("/invitations/" + token),
                    "/invitations/" + token + "/accept");
            boolean already = mentorships.stream().anyMatch(m -> m[0] == mentor && m[1] == mentee);
            assertThat(accepted.statusCode())
                    .as(where("accepting a mentor link"))
                    .isEqualTo(already ? 409 : 303);
            if (!already) {
                mentorships.add(new Person[] {mentor, mentee});
            }
        }

        void endMentorship(Person actor) {
            Person[] ending = pickMentorshipOf(actor);
            if (ending == null) {
                return;
            }
            long id = activeMentorship(ending);
            if (random.nextBoolean()) {
                post("end mentorship", actor.session.form("/people"), "/people/mentorships/" + id + "/end");
            } else {
                // Closed with a reflection, which the mentee keeps on the mentorship's page.
                String page = "/mentorships/" + id;
                String marker = marker();
                Response closed = post(
                        "close mentorship",
                        actor.session
                                .form(page)
                                .formParam("reason", "MOVING_ON")
                                .formParam("wentWell", "Went well " + marker),
                        page + "/close");
                assertThat(closed.statusCode()).as(where("close mentorship")).isEqualTo(303);
                SessionItem record = new SessionItem(page, id, ending[0], ending[1]);
                record.sharedWords.add(marker);
                sessions.add(record);
            }
            mentorships.remove(ending);
            sessions.stream().filter(each -> each.mentorshipId == id).forEach(each -> each.active = false);
        }

        /** One of the actor's active mentorships as [mentor, mentee]; with none, they invite a mentor instead (null). */
        Person[] pickMentorshipOf(Person actor) {
            List<Person[]> mine = mentorships.stream()
                    .filter(m -> m[0] == actor || m[1] == actor)
                    .toList();
            if (mine.isEmpty()) {
                inviteMentor(actor);
                return null;
            }
            return pick(mine);
        }

        /** The id of the pair's active mentorship. */
        long activeMentorship(Person[] pair) {
            return QuarkusTransaction.requiringNew()
                    .call(() -> Mentorship.<Mentorship>find(
                                    "mentor.id = ?1 and mentee.id = ?2 and endedAt is null", pair[0].id, pair[1].id)
                            .singleResult()
                            .id);
        }

        /** Either side of one of the actor's mentorships plans a session, a week or so ahead. */
        void planSession(Person actor) {
            Person[] pair = pickMentorshipOf(actor);
            if (pair == null) {
                return;
            }
            long mentorshipId = activeMentorship(pair);
            String page = "/mentorships/" + mentorshipId;
            String place = random.nextBoolean() ? "" : "Room " + marker();
            Response planned = post(
                    "plan a session",
                    actor.session
                            .form(page)
                            .formParam(
                                    "date",
                                    LocalDate.now(ZoneOffset.UTC)
                                            .plusDays(1 + random.nextInt(30))
                                            .toString())
                            .formParam("time", String.format("%02d:%02d", random.nextInt(24), 15 * random.nextInt(4)))
                            .formParam("minutes", "45")
                            .formParam("place", place)
                            .formParam("repeat", random.nextBoolean() ? "" : "2"),
                    page + "/sessions");
            assertThat(planned.statusCode()).as(where("plan a session")).isEqualTo(303);
            String path = URI.create(planned.header("Location")).getPath();
            SessionItem session = new SessionItem(path, mentorshipId, pair[0], pair[1]);
            if (!place.isEmpty()) {
                // The place is the session's: both of them see it, nobody else.
                session.sharedWords.add(place.substring("Room ".length()));
            }
            sessions.add(session);
        }

        /**
         * The actor opens an entry of their inbox (it must lead to a page they may see), marks one
         * read, or marks them all read.
         */
        void readInbox(Person actor) {
            Document inbox = actor.session.page("/inbox");
            List<String> opens =
                    inbox.select(".inbox-entry form[action$=/open]").eachAttr("action");
            List<String> reads =
                    inbox.select(".inbox-entry form[action$=/read]").eachAttr("action");
            int what = random.nextInt(3);
            if (what == 0 && !opens.isEmpty()) {
                Response opened = post("open an inbox entry", actor.session.form("/inbox"), pick(opens));
                assertThat(opened.statusCode()).as(where("open an inbox entry")).isEqualTo(303);
                expect(actor, URI.create(opened.header("Location")).getPath(), 200);
            } else if (what == 1 && !reads.isEmpty()) {
                Response read = post("mark an inbox entry read", actor.session.form("/inbox"), pick(reads));
                assertThat(read.statusCode())
                        .as(where("mark an inbox entry read"))
                        .isEqualTo(303);
            } else {
                Response all = post("mark the inbox read", actor.session.form("/inbox"), "/inbox/read-all");
                assertThat(all.statusCode()).as(where("mark the inbox read")).isEqualTo(303);
            }
        }

        /**
         * A mentor or lead works down their "needs you" list: puts an item off until next week, or
         * opens it and answers (a comment clears a roadblock and an unread check-in alike).
         */
        void workNeedsYou(Person actor) {
            List<String> pages = new ArrayList<>(List.of("/mentoring"));
            teams.stream()
                    .filter(team -> team.has(actor) && team.members.get(actor))
                    .forEach(team -> pages.add("/teams/" + team.id + "/overview"));
            String page = pick(pages);
            List<Element> items = actor.session.page(page).select("#needs-you li.needs-item");
            if (items.isEmpty()) {
                return;
            }
            Element item = pick(items);
            if (random.nextBoolean()) {
                Response put = post(
                        "put off a needs-you item",
                        actor.session.form(page),
                        item.selectFirst("form").attr("action"));
                assertThat(put.statusCode())
                        .as(where("put off a needs-you item"))
                        .isEqualTo(303);
            } else {
                expect(actor, item.selectFirst("a").attr("href"), 200);
                if (!item.id().startsWith("needs-check-in-")) {
                    return;
                }
                Response answered = post(
                        "answer a needs-you item",
                        actor.session
                                .form(page)
                                .formParam("itemType", "CHECK_IN")
                                .formParam("itemId", item.id().replace("needs-check-in-", ""))
                                .formParam("kind", "COMMENT")
                                .formParam("body", "Here to help"),
                        "/feedback");
                assertThat(answered.statusCode())
                        .as(where("answer a needs-you item"))
                        .isEqualTo(303);
            }
            assertThat(actor.session.page(page).getElementById(item.id()))
                    .as(where("the item left the list"))
                    .isNull();
        }

        /** An agreement drafted (or changed) by one side, its words read by both, or confirmed by the other. */
        void agree(Person actor) {
            Person[] pair = pickMentorshipOf(actor);
            if (pair == null) {
                return;
            }
            long mentorshipId = activeMentorship(pair);
            String page = "/mentorships/" + mentorshipId;
            Document current = actor.session.page(page);
            if (!current.select("button:contains(I agree)").isEmpty() && random.nextBoolean()) {
                post("confirm the agreement", actor.session.form(page), page + "/agreement/confirm");
                return;
            }
            String marker = marker();
            var form = actor.session
                    .form(page)
                    .formParam("focus", "Agreed " + marker)
                    .formParam("every", "2")
                    .formParam(
                            "version",
                            current.select("#agreement input[name=version]").val());
            // Any north star or goal the form offers: the mentee's all, the mentor those shared with mentors.
            for (String name : List.of("northStars", "goals")) {
                for (String value :
                        current.select("#agreement input[name=" + name + "]").eachAttr("value")) {
                    if (random.nextBoolean()) {
                        form.formParam(name, value);
                    }
                }
            }
            Response saved = post("draft an agreement", form, page + "/agreement");
            assertThat(saved.statusCode()).as(where("draft an agreement")).isEqualTo(303);
            SessionItem record = new SessionItem(page, mentorshipId, pair[0], pair[1]);
            record.sharedWords.add(marker);
            sessions.add(record);
        }

        /** One of the actor's sessions while its mentorship lasts; with none, they plan one instead (null). */
        SessionItem pickSessionOf(Person actor) {
            List<SessionItem> open = sessions.stream()
                    .filter(each -> each.isSession() && each.active && (each.mentor == actor || each.mentee == actor))
                    .toList();
            if (open.isEmpty()) {
                planSession(actor);
                return null;
            }
            return pick(open);
        }

        /** A talking point, shared or private, or a check-in's answer put on the agenda. */
        void talkingPoint(Person actor) {
            SessionItem session = pickSessionOf(actor);
            if (session == null) {
                return;
            }
            List<CheckInItem> shared = checkIns.stream()
                    .filter(c -> c.owner == session.mentee && c.sharedWithMentors)
                    .toList();
            if (!shared.isEmpty() && random.nextInt(3) == 0) {
                CheckInItem checkIn = pick(shared);
                Response added = post(
                        "put a check-in's win on the agenda",
                        actor.session
                                .form(session.path)
                                .formParam("checkIn", String.valueOf(checkIn.id))
                                .formParam("answer", "WINS"),
                        session.path + "/points/from-check-in");
                assertThat(added.statusCode())
                        .as(where("a check-in's win on the agenda"))
                        .isIn(303, 404);
                return;
            }
            String marker = marker();
            boolean isPrivate = random.nextBoolean();
            Response added = post(
                    "add a talking point",
                    actor.session
                            .form(session.path)
                            .formParam("body", "Point " + marker)
                            .formParam("visibility", isPrivate ? "private" : "shared"),
                    session.path + "/points");
            assertThat(added.statusCode())
                    .as(where("add a talking point (a cancelled session takes none)"))
                    .isIn(303, 404);
            if (added.statusCode() == 404) {
                return;
            }
            if (isPrivate) {
                session.privateWords.put(marker, actor);
            } else {
                session.sharedWords.add(marker);
            }
        }

        /** Shared or private notes, an action for either side, or the session cancelled. */
        void sessionWork(Person actor) {
            SessionItem session = pickSessionOf(actor);
            if (session == null) {
                return;
            }
            Document page = actor.session.page(session.path);
            String marker = marker();
            switch (random.nextInt(4)) {
                case 0 -> {
                    Response saved = post(
                            "shared notes",
                            actor.session
                                    .form(session.path)
                                    .formParam("notes", "Notes " + marker)
                                    .formParam(
                                            "version",
                                            page.select("#shared-notes input[name=version]")
                                                    .val()),
                            session.path + "/notes");
                    assertThat(saved.statusCode()).as(where("shared notes")).isEqualTo(303);
                    session.sharedWords.add(marker);
                }
                case 1 -> {
                    Response saved = post(
                            "private notes",
                            actor.session
                                    .form(session.path)
                                    .formParam("notes", "Mine " + marker)
                                    .formParam(
                                            "version",
                                            page.select("#private-notes input[name=version]")
                                                    .val()),
                            session.path + "/private-notes");
                    assertThat(saved.statusCode()).as(where("private notes")).isEqualTo(303);
                    session.privateWords.put(marker, actor);
                }
                case 2 -> {
                    Response added = post(
                            "an action",
                            actor.session
                                    .form(session.path)
                                    .formParam("body", "Action " + marker)
                                    .formParam("owner", random.nextBoolean() ? "mentor" : "mentee"),
                            session.path + "/actions");
                    assertThat(added.statusCode()).as(where("an action")).isIn(303, 404);
                    if (added.statusCode() == 303) {
                        session.sharedWords.add(marker);
                    }
                }
                default -> {
                    Response cancelled =
                            post("cancel a session", actor.session.form(session.path), session.path + "/cancel");
                    assertThat(cancelled.statusCode())
                            .as(where("cancel a session"))
                            .isIn(303, 404);
                }
            }
        }

        void startOrJoinTeam(Person actor) {
            List<Team> led = teams.stream()
                    .filter(t -> t.has(actor) && t.members.get(actor))
                    .toList();
            if (led.isEmpty() || random.nextInt(4) == 0) {
                String name = "Team " + tag + "-" + (++counter);
                Response created = post(
                        "start a team",
                        actor.session.form("/teams").formParam("name", name).formParam("purpose", ""),
                        "/teams");
                Team team = new Team(idIn(created.header("Location")), name);
                team.members.put(actor, true);
                teams.add(team);
                return;
            }
            Team team = pick(led);
            List<Person> outside =
                    people.stream().filter(p -> !team.members.containsKey(p)).toList();
            if (outside.isEmpty()) {
                return;
            }
            Person joining = pick(outside);
            Document page = Jsoup.parse(post(
                            "invite to team",
                            actor.session.form("/teams/" + team.id + "/manage").formParam("email", ""),
                            "/teams/" + team.id + "/manage/invitations")
                    .asString());
            String token = tokenOf(page);
            Response joined = post(
                    "join team", joining.session.form("/invitations/" + token), "/invitations/" + token + "/accept");
            assertThat(joined.statusCode()).as(where("joining a team")).isEqualTo(303);
            team.members.put(joining, false);
        }

        void leaveOrArchive(Person actor) {
            List<Team> mine = teams.stream().filter(t -> t.has(actor)).toList();
            if (mine.isEmpty()) {
                startOrJoinTeam(actor);
                return;
            }
            Team team = pick(mine);
            boolean lead = team.members.get(actor);
            if (lead && random.nextInt(3) == 0) {
                post(
                        "archive team",
                        actor.session.form("/teams/" + team.id + "/manage"),
                        "/teams/" + team.id + "/manage/archive");
                team.archived = true;
                return;
            }
            Response left = post("leave team", actor.session.form("/teams/" + team.id), "/teams/" + team.id + "/leave");
            long leads = team.members.values().stream().filter(l -> l).count();
            if (lead && leads == 1) {
                assertThat(left.statusCode())
                        .as(where("the last lead may not leave"))
                        .isEqualTo(409);
                assertThat(left.asString()).contains("only");
                return;
            }
            assertThat(left.statusCode()).as(where("leave team")).isEqualTo(303);
            team.members.remove(actor);
            goals.stream().filter(g -> g.owner == actor).forEach(g -> g.teams.remove(team.id));
            checkIns.stream().filter(c -> c.owner == actor).forEach(c -> c.teams.remove(team.id));
        }

        // ---- the audience rule, restated -------------------------------------------------

        boolean mentors(Person mentor, Person mentee) {
            return mentorships.stream().anyMatch(m -> m[0] == mentor && m[1] == mentee);
        }

        List<Person> mentorsOf(Person mentee) {
            return mentorships.stream()
                    .filter(m -> m[1] == mentee)
                    .map(m -> m[0])
                    .toList();
        }

        List<Team> teamsSeeing(Person owner, Set<Long> sharedWith) {
            return teams.stream()
                    .filter(t -> sharedWith.contains(t.id) && t.has(owner))
                    .toList();
        }

        boolean sees(Person viewer, Goal goal) {
            return goal.owner == viewer
                    || (goal.sharedWithMentors && mentors(viewer, goal.owner))
                    || teamsSeeing(goal.owner, goal.teams).stream().anyMatch(t -> t.has(viewer));
        }

        boolean sees(Person viewer, CheckInItem checkIn) {
            return checkIn.owner == viewer
                    || (checkIn.sharedWithMentors && mentors(viewer, checkIn.owner))
                    || teamsSeeing(checkIn.owner, checkIn.teams).stream().anyMatch(t -> t.has(viewer));
        }

        boolean sees(Person viewer, MilestoneItem milestone) {
            return milestone.owner == viewer || (milestone.sharedWithMentors && mentors(viewer, milestone.owner));
        }

        // ---- checking every page ---------------------------------------------------------

        void checkEveryPage() {
            Week week = Week.current(java.time.Clock.systemUTC(), ZoneOffset.UTC);
            for (Person viewer : people) {
                Map<String, String> seen = new LinkedHashMap<>();
                for (String path : List.of(
                        "/",
                        "/inbox",
                        "/goals",
                        "/check-ins",
                        "/check-ins/" + week.id(),
                        "/milestones",
                        "/milestones/brag",
                        "/insights",
                        "/people",
                        "/mentoring",
                        "/teams",
                        "/profile",
                        "/export")) {
                    seen.put(path, expect(viewer, path, 200));
                }
                checkTrailShowsNoOneElsesAddress(viewer, Jsoup.parse(seen.get("/export")));
                checkTheBellCountsWhatIsUnread(viewer);
                checkNeedsYou(viewer, "/mentoring", seen.get("/mentoring"));
                for (Goal goal : goals) {
                    String page = expect(viewer, "/goals/" + goal.id, sees(viewer, goal) ? 200 : 404);
                    if (sees(viewer, goal)) {
                        checkGoalAudience(viewer, goal, Jsoup.parse(page));
                    }
                    seen.put("/goals/" + goal.id, page);
                }
                for (MilestoneItem milestone : milestones) {
                    seen.put(
                            "/milestones/" + milestone.id,
                            expect(viewer, "/milestones/" + milestone.id, sees(viewer, milestone) ? 200 : 404));
                }
                for (CheckInItem checkIn : checkIns) {
                    boolean asMentor =
                            checkIn.owner != viewer && checkIn.sharedWithMentors && mentors(viewer, checkIn.owner);
                    String mentorPath = "/mentoring/mentees/" + checkIn.owner.id + "/check-ins/" + checkIn.week.id();
                    seen.put(mentorPath, expect(viewer, mentorPath, asMentor ? 200 : 404));
                    for (Team team : teams) {
                        boolean viaTeam =
                                team.has(viewer) && team.has(checkIn.owner) && checkIn.teams.contains(team.id);
                        String teamPath = "/teams/" + team.id + "/check-ins/" + checkIn.id;
                        seen.put(teamPath, expect(viewer, teamPath, viaTeam ? 200 : 404));
                    }
                    if (checkIn.owner == viewer && checkIn.week.equals(week)) {
                        checkCheckInAudience(viewer, checkIn, Jsoup.parse(seen.get("/check-ins/" + week.id())));
                    }
                }
                for (Person mentee : people) {
                    String menteePage = "/mentoring/mentees/" + mentee.id;
                    seen.put(menteePage, expect(viewer, menteePage, mentors(viewer, mentee) ? 200 : 404));
                }
                for (SessionItem session : sessions) {
                    seen.put(session.path, expect(viewer, session.path, session.opens(viewer) ? 200 : 404));
                    String mentorship = "/mentorships/" + session.mentorshipId;
                    seen.put(mentorship, expect(viewer, mentorship, session.opens(viewer) ? 200 : 404));
                }
                for (Team team : teams) {
                    boolean member = team.has(viewer);
                    boolean lead = member && team.members.get(viewer);
                    seen.put("/teams/" + team.id, expect(viewer, "/teams/" + team.id, member ? 200 : 404));
                    String overview = "/teams/" + team.id + "/overview";
                    seen.put(overview, expect(viewer, overview, lead ? 200 : 404));
                    if (lead) {
                        checkNeedsYou(viewer, overview, seen.get(overview));
                    }
                    String manage = "/teams/" + team.id + "/manage";
                    seen.put(manage, expect(viewer, manage, lead ? 200 : 404));
                }
                seen.putAll(checkTheApi(viewer));
                seen.putAll(checkSearch(viewer));
                seen.forEach((path, body) -> assertNoLeak(viewer, path, body));
            }
        }

        /**
         * Every item of a "needs you" list opens for its reader, and a team's list never says who has
         * been quiet.
         */
        void checkNeedsYou(Person viewer, String path, String body) {
            for (Element item : Jsoup.parse(body).select("#needs-you li.needs-item")) {
                expect(viewer, item.selectFirst("a").attr("href"), 200);
                if (path.endsWith("/overview")) {
                    assertThat(item.id()).as(where("a team's needs-you item")).startsWith("needs-check-in-");
                }
            }
        }

        /** E-mails each walker has had, so each new one is checked against the audience of its moment. */
        final Map<Person, Integer> mailsRead = new LinkedHashMap<>();

        /**
         * Everything waiting in the outbox goes now (the walk does not wait for digests or windows
         * to come round), and every e-mail a walker gets may name only what they may see.
         */
        void checkTheMail() {
            QuarkusTransaction.requiringNew()
                    .run(() -> dev.waypoint.notifications.OutboxMail.update(
                            "dueAt = ?1 where state = ?2",
                            java.time.Instant.now(),
                            dev.waypoint.notifications.OutboxMail.State.WAITING));
            io.quarkus.arc.Arc.container()
                    .instance(dev.waypoint.notifications.Outbox.class)
                    .get()
                    .sendDue();
            for (Person person : people) {
                List<dev.waypoint.support.Inbox.Email> mails =
                        dev.waypoint.support.Inbox.of(person.name + "@example.com");
                for (var mail : mails.subList(mailsRead.getOrDefault(person, 0), mails.size())) {
                    assertNoLeak(person, "e-mail “" + mail.subject() + "”", mail.subject() + mail.text() + mail.html());
                }
                mailsRead.put(person, mails.size());
            }
        }

        /** The bell says how many of the viewer's entries are unread, as the inbox marks them. */
        void checkTheBellCountsWhatIsUnread(Person viewer) {
            Document inbox = Jsoup.parse(expect(viewer, "/inbox", 200));
            long unread = QuarkusTransaction.requiringNew()
                    .call(() -> dev.waypoint.notifications.Notice.count("personId = ?1 and readAt is null", viewer.id));
            String bell = inbox.select(".inbox-link .count-badge").text();
            assertThat(bell)
                    .as(where(viewer.name + "'s bell"))
                    .isEqualTo(unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread));
            if (unread <= 50) {
                assertThat(inbox.select(".inbox-entry.unread"))
                        .as(where(viewer.name + "'s unread entries"))
                        .hasSize((int) unread);
            }
        }

        /**
         * The read API with a token of the viewer's: every route answers as its page does, and the
         * lists hold exactly what the model says is the viewer's. A fresh token each round keeps
         * the walk within a token's calls a minute.
         */
        Map<String, String> checkTheApi(Person viewer) {
            String token = Fixtures.accessToken(viewer.id);
            Map<String, String> seen = new LinkedHashMap<>();
            for (String path : List.of(
                    "/api/v1/me",
                    "/api/v1/north-stars",
                    "/api/v1/check-ins?weeks=520",
                    "/api/v1/consistency?weeks=520",
                    "/api/v1/milestones")) {
                seen.put(path, expectApi(token, viewer, path, 200).asString());
            }
            seen.put(
                    "/api/v1/goals",
                    expectIds(
                            token,
                            viewer,
                            "/api/v1/goals",
                            goals.stream()
                                    .filter(g -> g.owner == viewer)
                                    .map(g -> g.id)
                                    .toList()));
            expectIds(
                    token,
                    viewer,
                    "/api/v1/mentees",
                    people.stream()
                            .filter(p -> mentors(viewer, p))
                            .map(p -> p.id)
                            .toList());
            expectIds(
                    token,
                    viewer,
                    "/api/v1/teams",
                    teams.stream().filter(t -> t.has(viewer)).map(t -> t.id).toList());
            for (Goal goal : goals) {
                String path = "/api/v1/goals/" + goal.id;
                seen.put(
                        path,
                        expectApi(token, viewer, path, sees(viewer, goal) ? 200 : 404)
                                .asString());
            }
            for (Person mentee : people) {
                String path = "/api/v1/mentees/" + mentee.id + "?weeks=520";
                seen.put(
                        path,
                        expectApi(token, viewer, path, mentors(viewer, mentee) ? 200 : 404)
                                .asString());
            }
            for (Team team : teams) {
                String path = "/api/v1/teams/" + team.id + "/board";
                seen.put(
                        path,
                        expectApi(token, viewer, path, team.has(viewer) ? 200 : 404)
                                .asString());
            }
            return seen;
        }

        /** The list at {@code path} holds exactly these ids, in any order; its body. */
        String expectIds(String token, Person viewer, String path, List<Long> ids) {
            Response list = expectApi(token, viewer, path, 200);
            assertThat(list.jsonPath().getList("id", Long.class))
                    .as(where(viewer.name + " GET " + path + " with a token"))
                    .containsExactlyInAnyOrderElementsOf(ids);
            return list.asString();
        }

        Response expectApi(String token, Person viewer, String path, int status) {
            Response response = Fixtures.api(token).get(path);
            assertThat(response.statusCode())
                    .as(where(viewer.name + " GET " + path + " with a token: " + response.asString()))
                    .isEqualTo(status);
            assertThat(response.contentType())
                    .as(where(path))
                    .startsWith(status == 200 ? "application/json" : "application/problem+json");
            return response;
        }

        /**
         * Every item's marker, searched by every walker: the item is found exactly when the walker
         * may see it (by the ways search covers: their own, a mentee's shared with mentors, a
         * team board's goals), and no result of any search opens what the walker may not see.
         */
        Map<String, String> checkSearch(Person viewer) {
            Map<String, String> seen = new LinkedHashMap<>();
            for (Goal goal : goals) {
                List<String> found = search(viewer, goal.marker, seen);
                // A goal's marker is in others' check-ins only as a note on it, which mentors read only
                // while the goal is shared with them.
                assertThat(found.stream().noneMatch(href -> href.startsWith("/mentoring/mentees/"))
                                || (goal.sharedWithMentors && mentors(viewer, goal.owner)))
                        .as(where(viewer.name + " finds a check-in by the note on goal " + goal.id + ": " + found))
                        .isTrue();
                assertThat(found.contains("/goals/" + goal.id))
                        .as(where(viewer.name + " searching for goal " + goal.id + " finds it: " + found))
                        .isEqualTo(sees(viewer, goal));
            }
            for (CheckInItem checkIn : checkIns) {
                List<String> found = search(viewer, checkIn.marker, seen);
                boolean mine = checkIn.owner == viewer;
                String page = mine
                        ? "/check-ins/" + checkIn.week.id()
                        : "/mentoring/mentees/" + checkIn.owner.id + "/check-ins/" + checkIn.week.id();
                assertThat(found.contains(page))
                        .as(where(viewer.name + " searching for check-in " + checkIn.id + " finds it: " + found))
                        .isEqualTo(mine || (checkIn.sharedWithMentors && mentors(viewer, checkIn.owner)));
            }
            for (MilestoneItem milestone : milestones) {
                List<String> found = search(viewer, milestone.marker, seen);
                assertThat(found.contains("/milestones/" + milestone.id))
                        .as(where(viewer.name + " searching for milestone " + milestone.id + " finds it: " + found))
                        .isEqualTo(sees(viewer, milestone));
            }
            return seen;
        }

        /** The results' pages for the words, each checked to open only what the viewer may see. */
        List<String> search(Person viewer, String words, Map<String, String> seen) {
            String path = "/search?q=" + words;
            Response response = viewer.session.fragment().queryParam("q", words).get("/search");
            assertThat(response.statusCode())
                    .as(where(viewer.name + " GET " + path))
                    .isEqualTo(200);
            Document results = Jsoup.parse(response.asString());
            // The results, without the words searched for, which the page repeats.
            seen.put(path, results.select(".search-hit").outerHtml());
            List<String> found = results.select(".search-hit-title").eachAttr("href");
            for (String href : found) {
                assertThat(opens(viewer, href))
                        .as(where(viewer.name + " searching for " + words + " is shown " + href))
                        .isTrue();
            }
            return found;
        }

        /** Whether a result's page is one the model says the viewer may open. */
        boolean opens(Person viewer, String href) {
            Matcher goal =
                    Pattern.compile("/goals/(\\d+)(#step-\\d+|/reflection)?").matcher(href);
            if (goal.matches()) {
                Goal item = goalById(Long.parseLong(goal.group(1)));
                return item != null && (goal.group(2) == null ? sees(viewer, item) : item.owner == viewer);
            }
            Matcher shared =
                    Pattern.compile("/mentoring/mentees/(\\d+)/check-ins/(.+)").matcher(href);
            if (shared.matches()) {
                return checkIns.stream()
                        .anyMatch(c -> c.owner.id == Long.parseLong(shared.group(1))
                                && c.week.id().equals(shared.group(2))
                                && c.sharedWithMentors
                                && mentors(viewer, c.owner));
            }
            Matcher comment = Pattern.compile("/search/open/([a-z-]+)/(\\d+)#feedback-\\d+")
                    .matcher(href);
            if (comment.matches()) {
                long id = Long.parseLong(comment.group(2));
                return switch (comment.group(1)) {
                    case "goal" -> goalById(id) != null && sees(viewer, goalById(id));
                    case "check-in" -> checkIns.stream().anyMatch(c -> c.id == id && sees(viewer, c));
                    case "milestone" -> milestones.stream().anyMatch(m -> m.id == id && sees(viewer, m));
                    default -> false;
                };
            }
            Matcher milestone = Pattern.compile("/milestones/(\\d+)").matcher(href);
            if (milestone.matches()) {
                return milestones.stream().anyMatch(m -> m.id == Long.parseLong(milestone.group(1)) && sees(viewer, m));
            }
            Matcher board = Pattern.compile("/teams/(\\d+)#card-team-goal-\\d+").matcher(href);
            if (board.matches()) {
                return teams.stream().anyMatch(t -> t.id == Long.parseLong(board.group(1)) && t.has(viewer));
            }
            // One's own check-in week and north stars are the viewer's own by their address.
            return href.startsWith("/check-ins/") || href.startsWith("/goals#star-");
        }

        Goal goalById(long id) {
            return goals.stream().filter(g -> g.id == id).findFirst().orElse(null);
        }

        /** "Your data" shows an address only for its owner's own actions, never whoever else acted. */
        void checkTrailShowsNoOneElsesAddress(Person viewer, Document trail) {
            // Their own actions since signing in show the address they came from.
            for (String line : trail.select("#history li").eachText()) {
                if (line.startsWith("You ") && !line.startsWith("You signed in")) {
                    assertThat(line).as(where(viewer.name + "'s own action")).endsWith("from " + viewer.address);
                }
            }
            for (Person other : people) {
                if (other != viewer) {
                    assertThat(trail.select("#history li").text())
                            .as(where(viewer.name + "'s trail shows the address of " + other.name))
                            .doesNotContain("from " + other.address + " ")
                            .doesNotEndWith("from " + other.address);
                }
            }
        }

        void assertNoLeak(Person viewer, String path, String body) {
            for (Goal goal : goals) {
                if (!sees(viewer, goal)) {
                    assertThat(body)
                            .as(where(viewer.name + " on " + path + " sees goal " + goal.id))
                            .doesNotContain(goal.marker);
                }
                boolean seesTheWhy =
                        goals.stream().anyMatch(other -> goal.why.equals(other.why) && sees(viewer, other));
                if (!seesTheWhy) {
                    assertThat(body)
                            .as(where(viewer.name + " on " + path + " sees why of goal " + goal.id))
                            .doesNotContain(goal.why);
                }
            }
            for (CheckInItem checkIn : checkIns) {
                if (!sees(viewer, checkIn)) {
                    assertThat(body)
                            .as(where(viewer.name + " on " + path + " sees check-in " + checkIn.id))
                            .doesNotContain(checkIn.marker);
                }
            }
            for (SessionItem session : sessions) {
                for (String marker : session.sharedWords) {
                    if (!session.opens(viewer)) {
                        assertThat(body)
                                .as(where(viewer.name + " on " + path + " sees session words " + marker))
                                .doesNotContain(marker);
                    }
                }
                session.privateWords.forEach((marker, author) -> {
                    if (viewer != author) {
                        assertThat(body)
                                .as(where(viewer.name + " on " + path + " sees private words " + marker))
                                .doesNotContain(marker);
                    }
                });
            }
            for (MilestoneItem milestone : milestones) {
                if (!sees(viewer, milestone)) {
                    assertThat(body)
                            .as(where(viewer.name + " on " + path + " sees milestone " + milestone.id))
                            .doesNotContain(milestone.marker);
                }
            }
        }

        void checkGoalAudience(Person viewer, Goal goal, Document page) {
            String sentence = page.select("#sharing .badge.audience").text();
            List<Team> audienceTeams = teamsSeeing(goal.owner, goal.teams);
            if (goal.owner == viewer) {
                List<Person> mentors = goal.sharedWithMentors ? mentorsOf(goal.owner) : List.of();
                assertAudience(sentence, mentors, audienceTeams, "goal " + goal.id);
                return;
            }
            boolean asMentor = goal.sharedWithMentors && mentors(viewer, goal.owner);
            List<Team> via = audienceTeams.stream().filter(t -> t.has(viewer)).toList();
            assertThat(sentence)
                    .as(where("what " + viewer.name + " reads on goal " + goal.id))
                    .startsWith(goal.owner.displayName + " shared this goal with");
            assertThat(sentence.contains("you as a mentor")).as(where(sentence)).isEqualTo(asMentor);
            for (Team team : teams) {
                assertThat(sentence.contains(team.name + " ") || sentence.endsWith(team.name + "."))
                        .as(where(sentence + " names " + team.name))
                        .isEqualTo(via.contains(team));
            }
        }

        void checkCheckInAudience(Person owner, CheckInItem checkIn, Document page) {
            String sentence = page.select(".page-header .badge.audience").text();
            List<Person> mentors = checkIn.sharedWithMentors ? mentorsOf(owner) : List.of();
            assertAudience(sentence, mentors, teamsSeeing(owner, checkIn.teams), "check-in " + checkIn.id);
        }

        /** The owner's sentence names exactly these mentors and teams, or says only they can see it. */
        void assertAudience(String sentence, List<Person> mentors, List<Team> audienceTeams, String item) {
            String what = where("the audience of " + item + ": " + sentence);
            if (mentors.isEmpty() && audienceTeams.isEmpty()) {
                assertThat(sentence.toLowerCase())
                        .as(what)
                        .contains("only you can see this")
                        .doesNotContain("members of");
            } else {
                assertThat(sentence).as(what).startsWith("You").doesNotContainIgnoringCase("only you");
            }
            for (Person person : people) {
                assertThat(sentence.contains(person.displayName))
                        .as(what + " names " + person.displayName)
                        .isEqualTo(mentors.contains(person));
            }
            for (Team team : teams) {
                assertThat(sentence.contains(team.name + " ")
                                || sentence.contains(team.name + ".")
                                || sentence.contains(team.name + ","))
                        .as(what + " names " + team.name)
                        .isEqualTo(audienceTeams.contains(team));
            }
        }

        String expect(Person viewer, String path, int status) {
            Response response = viewer.session.request().get(path);
            String body = response.asString();
            assertThat(response.statusCode())
                    .as(where(viewer.name + " GET " + path))
                    .isEqualTo(status);
            assertThat(body)
                    .as(where(viewer.name + " GET " + path + " is no error page"))
                    .doesNotContain("Something went wrong")
                    .doesNotContain("Exception");
            return body;
        }

        Response post(String action, io.restassured.specification.RequestSpecification form, String path) {
            lastAction = action + " (POST " + path + ")";
            Response response = form.post(path);
            assertThat(response.statusCode())
                    .as(where(action + ": " + response.asString()))
                    .isLessThan(500);
            return response;
        }

        String where(String what) {
            return "seed " + seed + ", step " + step + " after " + lastAction + ": " + what
                    + " (replay: ./mvnw verify -Dtest=RandomJourneysTest -Dwalk.seeds=" + seed + " -Dwalk.steps="
                    + steps + ")";
        }

        <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        static long idIn(String location) {
            String path = URI.create(location).getPath();
            return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        }

        static String tokenOf(Document page) {
            String link = page.selectFirst("#invite-link").attr("value");
            return link.substring(link.lastIndexOf('/') + 1);
        }
    }
}
