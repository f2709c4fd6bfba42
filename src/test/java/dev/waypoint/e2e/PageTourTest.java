package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.account.KeptSession;
import dev.waypoint.checkins.CheckIn;
import dev.waypoint.demo.DemoGoals;
import dev.waypoint.demo.DemoStories;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.NorthStar;
import dev.waypoint.milestones.Milestone;
import dev.waypoint.people.Person;
import dev.waypoint.support.Newcomer;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.TeamShare;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page of the three stories, as Alice, Bob and Carol see them after the demo's data is
 * written for fresh people in their places: accessible, no sideways scrolling on a phone, and
 * photographed at 1280 and 390 pixels (target/screenshots/tour-*) for a human to look at.
 */
@QuarkusTest
class PageTourTest extends BrowserJourneyTest {

    private static final int PHONE = 390;
    private static final int DESK = 1280;

    @Test
    void everyPageOfEveryStoryReadsWellOnADeskAndOnAPhone() throws IOException {
        Newcomer alice = Newcomer.signUp("alice");
        Newcomer bob = Newcomer.signUp("bob");
        Newcomer carol = Newcomer.signUp("carol");
        Newcomer dave = Newcomer.signUp("dave");
        Newcomer erin = Newcomer.signUpAdmin("erin");
        Ids ids = QuarkusTransaction.requiringNew().call(() -> {
            Person a = Person.findById(alice.id());
            DemoGoals.writeFor(a, Clock.systemUTC());
            DemoStories.write(
                    a,
                    Person.findById(bob.id()),
                    Person.findById(carol.id()),
                    Person.findById(dave.id()),
                    Clock.systemUTC());
            keptSession(a);
            return Ids.of(alice.id(), carol.id());
        });
        String invitation = invitationPath(bob);

        tour(
                alice,
                "alice",
                List.of(
                        page("/", "Hello, Alice"),
                        page("/goals", "Your goals"),
                        page("/goals/" + ids.sharedGoal(), "Lead a cross-team design review"),
                        page("/goals/new", "A new short-term goal"),
                        page("/north-stars/" + ids.northStar() + "/edit", "Edit north star"),
                        page("/ideas", "Goal ideas"),
                        page("/ideas?category=technical", "Goal ideas"),
                        page("/ideas/stuck", "Start small"),
                        page("/check-ins/this-week", "This week's check-in"),
                        page("/check-ins", "Your weekly check-ins"),
                        page("/check-ins/" + ids.sharedWeek(), "Check-in, Week"),
                        page("/insights", "Insights"),
                        page("/milestones", "Your milestones"),
                        page("/milestones/" + ids.milestone(), "Gave my first lightning talk"),
                        page("/milestones/" + ids.milestone() + "/edit", "Edit milestone"),
                        page("/milestones/new", "A new milestone"),
                        page("/milestones/brag", "Your brag document"),
                        page("/people", "Your people"),
                        page("/teams", "Your teams"),
                        page("/teams/" + ids.team(), "Platform team"),
                        page("/profile", "Your profile"),
                        page("/export", "Your data is yours"),
                        page("/export/sessions", "Sessions from another Waypoint"),
                        page(invitation, bob.displayName() + " invites you"),
                        page("/goals/999999", "We could not find that page")));
        tour(
                bob,
                "bob",
                List.of(
                        page("/mentoring", "Your mentees"),
                        page("/mentoring/mentees/" + alice.id(), alice.displayName()),
                        page("/goals/" + ids.sharedGoal(), "Lead a cross-team design review"),
                        page("/milestones/" + ids.milestone(), "Gave my first lightning talk"),
                        page(
                                "/mentoring/mentees/" + alice.id() + "/check-ins/" + ids.sharedWeek(),
                                alice.displayName() + "'s check-in"),
                        page("/people", "Your people")));
        tour(
                carol,
                "carol",
                List.of(
                        page("/", "Hello, Carol"),
                        page("/teams", "Your teams"),
                        page("/teams/" + ids.team(), "Platform team"),
                        page("/teams/" + ids.team() + "/overview", "Momentum"),
                        page("/teams/" + ids.team() + "/manage", "Manage the team"),
                        page(
                                "/teams/" + ids.team() + "/check-ins/" + ids.teamCheckIn(),
                                alice.displayName() + "'s check-in"),
                        page("/goals/" + ids.sharedGoal(), "Lead a cross-team design review")));
        tour(
                erin,
                "erin",
                List.of(
                        page("/admin", "Looking after this Waypoint"),
                        page("/admin/people", "People"),
                        page("/admin/people?q=" + dave.name(), "People"),
                        page("/admin/people/" + dave.id() + "/deactivate", "Deactivate " + dave.displayName()),
                        page("/admin/people/" + dave.id() + "/delete", "Delete " + dave.displayName()),
                        page("/admin/teams", "Teams"),
                        page("/admin/teams/" + ids.team() + "/lead", "Name a lead for Platform team"),
                        page("/admin/teams/" + ids.team() + "/archive", "Archive Platform team"),
                        page("/admin/audit", "Audit log"),
                        page("/admin/audit?person=" + alice.id(), "Audit log")));
    }

    @Test
    void theLandingPageReadsWellSignedOut() throws IOException {
        browser.open(url("/"));
        browser.waitForText("Turn far-off career dreams");
        browser.assertAccessible();
        browser.screenshot("tour-signed-out-" + DESK, DESK);
        browser.resize(PHONE);
        assertThat(browser.scrollsSideways()).isFalse();
        browser.screenshot("tour-signed-out-" + PHONE, PHONE);
    }

    /** A fresh invitation of Bob's, as the path its link names. */
    private static String invitationPath(Newcomer inviter) {
        String link = org.jsoup.Jsoup.parse(inviter.session()
                        .form("/people")
                        .formParam("role", "MENTEE")
                        .post("/people/invitations")
                        .asString())
                .getElementById("invite-link")
                .val();
        return java.net.URI.create(link).getPath();
    }

    private void tour(Newcomer who, String name, List<Page> pages) throws IOException {
        browser.adopt(url(""), who.session().cookies());
        List<String> sideways = new ArrayList<>();
        for (Page page : pages) {
            browser.resize(DESK);
            browser.open(url(page.path()));
            browser.waitForText(page.heading());
            assertThat(browser.heading(1).getText()).as(page.path()).contains(page.heading());
            browser.assertAccessible();
            String shot = "tour-" + name
                    + page.path().replaceAll("/invitations/.*", "/invitation").replaceAll("[^A-Za-z0-9]+", "-");
            browser.screenshot(shot + "-" + DESK, DESK);
            browser.resize(PHONE);
            if (browser.scrollsSideways()) {
                sideways.add(page.path());
            }
            browser.screenshot(shot + "-" + PHONE, PHONE);
        }
        assertThat(sideways)
                .as("pages that scroll sideways at " + PHONE + " px as " + name)
                .isEmpty();
    }

    private static Page page(String path, String heading) {
        return new Page(path, heading);
    }

    private record Page(String path, String heading) {}

    /** Where the stories' things are, for the tour's URLs. */
    private record Ids(
            Long sharedGoal,
            Long achievedGoal,
            Long northStar,
            Long milestone,
            String sharedWeek,
            Long team,
            Long teamCheckIn) {
        static Ids of(Long aliceId, Long carolId) {
            Goal design = Goal.<Goal>find("owner.id = ?1 and title = ?2", aliceId, "Lead a cross-team design review")
                    .firstResult();
            Goal achieved = Goal.<Goal>find(
                            "owner.id = ?1 and status = ?2", aliceId, dev.waypoint.goals.GoalStatus.ACHIEVED)
                    .firstResult();
            NorthStar star = NorthStar.<NorthStar>find("owner.id = ?1 order by id", aliceId)
                    .firstResult();
            Milestone talk = Milestone.<Milestone>find(
                            "owner.id = ?1 and title = ?2", aliceId, "Gave my first lightning talk")
                    .firstResult();
            CheckIn shared = CheckIn.<CheckIn>find(
                            "owner.id = ?1 and sharedWithMentors = true order by weekStart desc", aliceId)
                    .firstResult();
            Long team = Membership.ofPerson(carolId).get(0).team.id;
            Long teamCheckIn = TeamShare.<TeamShare>find(
                            "team.id = ?1 and itemType = ?2 and owner.id = ?3", team, TeamShare.Item.CHECK_IN, aliceId)
                    .firstResult()
                    .itemId;
            return new Ids(
                    design.id, achieved.id, star.id, talk.id, shared.week().id(), team, teamCheckIn);
        }
    }

    /** A session Alice brought from another Waypoint, as an import keeps it. */
    private static void keptSession(Person alice) {
        KeptSession kept = new KeptSession();
        kept.owner = alice;
        kept.startsAt = java.time.Instant.parse("2025-06-03T15:00:00Z");
        kept.importedAt = kept.startsAt.plusSeconds(86_400 * 200L);
        kept.session = """
                {"with":"Erin Example","side":"mentee","startsAt":"2025-06-03T15:00:00Z","zone":"UTC","minutes":60,
                 "place":"Café Lumen","status":"HELD","sharedNotes":"Start with the outline, then the demo.",
                 "privateNotes":"Ask about the team lead role next time.","helpful":"YES","helpfulNote":"Clearer now",
                 "points":[{"text":"The conference talk","shared":true,"mine":false,"coveredAt":"2025-06-03T15:20:00Z"},
                           {"text":"Whether to ask for the lead role","shared":false,"mine":true}],
                 "actions":[{"text":"Draft the talk outline","owner":"mentee","dueOn":"2025-06-10","done":true},
                            {"text":"Send two talks to watch","owner":"mentor","done":false}]}
                """;
        kept.persist();
    }
}
