package dev.waypoint.demo;

import dev.waypoint.checkins.CheckIn;
import dev.waypoint.checkins.Week;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.feedback.Feedback;
import dev.waypoint.goals.Category;
import dev.waypoint.goals.Goal;
import dev.waypoint.meetings.ActionItem;
import dev.waypoint.meetings.Agreement;
import dev.waypoint.meetings.Meeting;
import dev.waypoint.meetings.TalkingPoint;
import dev.waypoint.milestones.Milestone;
import dev.waypoint.milestones.MilestoneKind;
import dev.waypoint.notifications.Notice;
import dev.waypoint.people.Person;
import dev.waypoint.teams.Membership;
import dev.waypoint.teams.Team;
import dev.waypoint.teams.TeamShare;
import dev.waypoint.teams.board.BoardColumn;
import dev.waypoint.teams.board.TeamGoal;
import dev.waypoint.teams.board.TeamGoalStep;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The two stories Waypoint exists for, told with the personas on top of Alice's goals: Bob
 * mentors Alice (who shares some of her things with him) and Dave (who has gone quiet); Carol
 * leads a team with Dave and Alice whose board has a card in every column. Every date is
 * relative to today, so the weeks, "due soon" and "quiet for a while" look current on any day.
 * Mallory and Erin get nothing: every empty state stays visible.
 */
public final class DemoStories {

    private DemoStories() {}

    public static void write(Person alice, Person bob, Person carol, Person dave, Clock clock) {
        AliceAndBob mentored = aliceAndBob(alice, bob, clock);
        DaveGoneQuiet quiet = daveGoneQuiet(dave, bob, clock);
        carolsTeam(carol, mentored, quiet, clock);
    }

    /** Alice's goals, and the check-in, that her mentor and her team see. */
    private record AliceAndBob(Goal design, Goal lightning, CheckIn lastWeek) {}

    /** Dave's goals and his last check-in, shared with the team too. */
    private record DaveGoneQuiet(Goal handbook, Goal rust, CheckIn last) {}

    /** Alice and her mentor Bob: shared goals, weekly check-ins, milestones, and Bob's replies. */
    private static AliceAndBob aliceAndBob(Person alice, Person bob, Clock clock) {
        Instant now = clock.instant();
        Week thisWeek = Week.current(clock, alice.zone());
        Mentorship mentorship = Mentorship.of(bob, alice, daysAgo(now, 56));
        mentorship.persist();
        Goal design = aliceGoal(alice, "Lead a cross-team design review");
        Goal talks = aliceGoal(alice, "Give talks at meetups");
        Goal lightning = aliceGoal(alice, "Give a lightning talk to my team");
        design.sharedWithMentors = true;
        talks.sharedWithMentors = true;
        for (int back = 6; back >= 1; back--) {
            if (back == 4) {
                continue; // a week off: consistency forgives it
            }
            checkIn(alice, thisWeek.minusWeeks(back), now, back <= 3, ALICE_WEEKS[back - 1]);
        }
        CheckIn aliceLastWeek = CheckIn.of(alice.id, thisWeek.previous()).orElseThrow();
        Milestone talk = milestone(
                alice,
                "Gave my first lightning talk",
                MilestoneKind.TALK,
                LocalDate.now(clock).minusDays(6),
                true);
        talk.goal = lightning;
        milestone(
                alice,
                "Shipped the search rewrite",
                MilestoneKind.SHIPPED,
                LocalDate.now(clock).minusMonths(2),
                false);
        feedback(bob, alice, Feedback.Item.GOAL, design.id, Feedback.Kind.COMMENT, now.minus(Duration.ofDays(2))).body =
                "Happy to be one of the reviewers. Pick a design that makes both teams a little uneasy.";
        feedback(bob, alice, Feedback.Item.MILESTONE, talk.id, Feedback.Kind.CHEER, daysAgo(now, 5));
        feedback(
                bob,
                alice,
                Feedback.Item.CHECK_IN,
                aliceLastWeek.id,
                Feedback.Kind.ACKNOWLEDGEMENT,
                now.minus(Duration.ofDays(1)));
        sessions(mentorship, design, clock);
        return new AliceAndBob(design, lightning, aliceLastWeek);
    }

    /**
     * Bob and Alice agreed early on what to work on (her staff north star and the design goal, every
     * two weeks), met nine days ago (points covered, notes, her action now a step of her design
     * goal) and meet again in five days, with a shared point and a private one.
     */
    private static void sessions(Mentorship mentorship, Goal design, Clock clock) {
        Instant now = clock.instant();
        Person alice = mentorship.mentee;
        Person bob = mentorship.mentor;
        ZoneId zone = bob.zone();
        Agreement agreement = new Agreement();
        agreement.mentorship = mentorship;
        agreement.focus = "Growing towards staff: leading across teams without the title.";
        agreement.everyWeeks = 2;
        agreement.reviewOn = LocalDate.ofInstant(now, zone).plusWeeks(5);
        agreement.draftedBy = alice;
        agreement.menteeConfirmedAt = daysAgo(now, 55);
        agreement.mentorConfirmedAt = daysAgo(now, 54);
        agreement.goals.add(design);
        if (design.northStar != null) {
            agreement.northStars.add(design.northStar);
        }
        agreement.persist();
        ZonedDateTime past = now.atZone(zone)
                .minusDays(9)
                .withHour(16)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        Meeting held = Meeting.plan(mentorship, bob, new Meeting.When(past, 45), "Video call", null, daysAgo(now, 12));
        held.status = Meeting.Status.HELD;
        held.sharedNotes = "Alice will pick the design that makes both teams a little uneasy."
                + " Bob suggests inviting the two loudest critics first.";
        held.helpful = Meeting.Helpful.YES;
        held.helpfulNote = "I know who to ask first now.";
        held.persist();
        point(held, alice, "Which design to bring to the review", true, past.toInstant());
        point(held, bob, "Ask how the team took the lightning talk", true, past.toInstant());
        ActionItem action = new ActionItem();
        action.meeting = held;
        action.owner = alice;
        action.author = bob;
        action.body = "Ask the two loudest critics to review first";
        action.dueOn = LocalDate.ofInstant(now, zone).plusDays(3);
        action.createdAt = past.toInstant();
        action.step = design.appendStep(action.body, action.dueOn, past.toInstant());
        action.persist();

        ZonedDateTime next = now.atZone(zone)
                .plusDays(5)
                .withHour(16)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        Meeting upcoming = Meeting.plan(mentorship, alice, new Meeting.When(next, 45), "Video call", 2, now);
        upcoming.persist();
        point(upcoming, alice, "How to say no to the third project", true, null);
        point(upcoming, bob, "Ask whether she wants the staff-track conversation yet", false, null);
    }

    private static void point(Meeting meeting, Person author, String body, boolean shared, Instant coveredAt) {
        TalkingPoint point = new TalkingPoint();
        point.meeting = meeting;
        point.author = author;
        point.body = body;
        point.shared = shared;
        point.position = (int) TalkingPoint.count("meeting", meeting);
        point.coveredAt = coveredAt;
        point.createdAt = meeting.createdAt;
        point.persist();
    }

    /** Dave, Bob's second mentee, has gone quiet: both of Bob's flags show on his card. */
    private static DaveGoneQuiet daveGoneQuiet(Person dave, Person bob, Clock clock) {
        Instant now = clock.instant();
        Week thisWeek = Week.current(clock, dave.zone());
        Mentorship.of(bob, dave, daysAgo(now, 70)).persist();
        Goal handbook = DemoGoals.otherGoal(
                dave,
                "Own the on-call handbook",
                Category.TECHNICAL,
                clock,
                40,
                new String[] {},
                "List the top alerts",
                "Write runbooks",
                "Review with the team");
        handbook.sharedWithMentors = true;
        handbook.lastProgressAt = daysAgo(now, 36);
        Goal rust = DemoGoals.otherGoal(
                dave,
                "Learn Rust basics",
                Category.TECHNICAL,
                clock,
                60,
                new String[] {"Install the toolchain"},
                "Finish the first chapter");
        rust.targetDate = LocalDate.now(clock).minusWeeks(1);
        rust.lastProgressAt = daysAgo(now, 35);
        CheckIn daveLast = null;
        for (int back = 5; back >= 3; back--) {
            daveLast = checkIn(dave, thisWeek.minusWeeks(back), now, true, DAVE_WEEKS[back - 3]);
        }
        return new DaveGoneQuiet(handbook, rust, daveLast);
    }

    /** Carol's team, with Dave and Alice: shared goals and check-ins, a team goal, comments. */
    private static void carolsTeam(Person carol, AliceAndBob mentored, DaveGoneQuiet quiet, Clock clock) {
        Instant now = clock.instant();
        Person alice = mentored.design().owner;
        Person dave = quiet.handbook().owner;
        Team team = new Team();
        team.name = "Platform team";
        team.purpose = "Keep the platform fast, and help each other grow while we do it.";
        team.createdAt = daysAgo(now, 70);
        team.persist();
        Membership.of(team, carol, Membership.Role.LEAD, daysAgo(now, 70)).persist();
        Membership.of(team, dave, Membership.Role.MEMBER, daysAgo(now, 63)).persist();
        Membership.of(team, alice, Membership.Role.MEMBER, daysAgo(now, 49)).persist();
        Goal offsite = DemoGoals.otherGoal(
                carol,
                "Run our first team offsite",
                Category.PEOPLE_AND_LEADERSHIP,
                clock,
                30,
                new String[] {"Pick a date with everyone"},
                "Book a room",
                "Plan the agenda");
        for (Goal goal :
                new Goal[] {mentored.design(), mentored.lightning(), quiet.handbook(), quiet.rust(), offsite}) {
            TeamShare.share(team, TeamShare.Item.GOAL, goal.id, goal.owner);
        }
        TeamShare.share(team, TeamShare.Item.CHECK_IN, mentored.lastWeek().id, alice);
        TeamShare.share(team, TeamShare.Item.CHECK_IN, quiet.last().id, dave);
        TeamGoal build =
                teamGoal(team, "Halve the build time", LocalDate.now(clock).plusWeeks(6), now);
        teamStep(build, 0, "Measure where the time goes", dave, daysAgo(now, 10));
        teamStep(build, 1, "Cache the dependency downloads", alice, null);
        teamStep(build, 2, "Split the slow test suite", carol, null);
        build.stepsTotal = 3;
        build.stepsDone = 1;
        feedback(carol, carol, Feedback.Item.TEAM_GOAL, build.id, Feedback.Kind.COMMENT, daysAgo(now, 3)).body =
                "Dave's numbers are in: half the time goes to downloads. Alice, over to you.";
        feedback(dave, alice, Feedback.Item.GOAL, mentored.lightning().id, Feedback.Kind.CHEER, daysAgo(now, 5));
        feedback(carol, dave, Feedback.Item.GOAL, quiet.handbook().id, Feedback.Kind.COMMENT, daysAgo(now, 4)).body =
                "The alerts list would already help the next person on call. Want to pair on it?";
    }

    /** Wins, roadblocks, focus and confidence of Alice's last six weeks, newest first. */
    private static final String[][] ALICE_WEEKS = {
        {
            "Picked the design for the review\nBooked the room",
            "Two reviewers still to confirm",
            "Invite the reviewers",
            "4"
        },
        {"Gave the lightning talk", null, "Pick the design for the review", "5"},
        {"Rehearsed the talk with Bob", "Slides took longer than planned", "Give the talk", "3"},
        {"Wrote the review guide", null, "Draft five slides", "4"},
        {"Chose a talk topic", "Release week ate my time", "Write the review guide", "2"},
        {"Set up a weekly chat with our new joiner", null, "Choose a talk topic", "3"},
    };

    private static final String[][] DAVE_WEEKS = {
        {"Listed the top ten alerts", "Nobody owns the old alerts", "Write the first runbook", "3"},
        {"Installed the Rust toolchain", "On call all week", "Finish the first chapter", "2"},
        {"Read the on-call notes", null, "List the top alerts", "3"},
    };

    private static Instant daysAgo(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }

    private static Goal aliceGoal(Person alice, String title) {
        return Goal.<Goal>find("owner.id = ?1 and title = ?2", alice.id, title).singleResult();
    }

    private static CheckIn checkIn(Person owner, Week week, Instant now, boolean sharedWithMentors, String[] text) {
        Instant submitted = week.start().plusDays(4).atStartOfDay(owner.zone()).toInstant();
        CheckIn checkIn = new CheckIn();
        checkIn.owner = owner;
        checkIn.weekStart = week.start();
        checkIn.submitted = true;
        checkIn.wins = text[0];
        checkIn.roadblocks = text[1];
        checkIn.focus = text[2];
        checkIn.confidence = Integer.valueOf(text[3]);
        checkIn.sharedWithMentors = sharedWithMentors;
        checkIn.submittedAt = submitted.isAfter(now) ? now : submitted;
        checkIn.updatedAt = checkIn.submittedAt;
        checkIn.persist();
        return checkIn;
    }

    private static Milestone milestone(
            Person owner, String title, MilestoneKind kind, LocalDate happenedOn, boolean sharedWithMentors) {
        Milestone milestone = new Milestone();
        milestone.owner = owner;
        milestone.title = title;
        milestone.kind = kind;
        milestone.happenedOn = happenedOn;
        milestone.sharedWithMentors = sharedWithMentors;
        milestone.createdAt = happenedOn.atStartOfDay(owner.zone()).toInstant();
        milestone.persist();
        return milestone;
    }

    private static Feedback feedback(
            Person author, Person owner, Feedback.Item item, Long itemId, Feedback.Kind kind, Instant at) {
        Feedback feedback = new Feedback();
        feedback.author = author;
        feedback.owner = owner;
        feedback.itemType = item;
        feedback.itemId = itemId;
        feedback.kind = kind;
        feedback.createdAt = at;
        feedback.persist();
        if (item != Feedback.Item.TEAM_GOAL && !author.id.equals(owner.id)) {
            // What is said on someone's item waits, unread, in their inbox.
            Notice.Kind told = switch (kind) {
                case COMMENT -> Notice.Kind.COMMENT;
                case CHEER -> Notice.Kind.CHEER;
                case ACKNOWLEDGEMENT -> Notice.Kind.READ;
            };
            Notice notice = Notice.of(owner.id, told, author.id, Notice.Subject.valueOf(item.name()), itemId, at);
            notice.mailedAt = at; // the story's past: no e-mail is owed for it
            notice.persist();
            Notice.getEntityManager()
                    .createNativeQuery("update person set unread_notices = unread_notices + 1 where id = ?1")
                    .setParameter(1, owner.id)
                    .executeUpdate();
        }
        return feedback;
    }

    private static TeamGoal teamGoal(Team team, String title, LocalDate targetDate, Instant now) {
        TeamGoal goal = new TeamGoal();
        goal.team = team;
        goal.title = title;
        goal.category = Category.TECHNICAL;
        goal.targetDate = targetDate;
        goal.column = BoardColumn.IN_PROGRESS;
        goal.createdAt = daysAgo(now, 21);
        goal.persist();
        return goal;
    }

    private static void teamStep(TeamGoal goal, int position, String title, Person assignee, Instant doneAt) {
        TeamGoalStep step = new TeamGoalStep();
        step.teamGoal = goal;
        step.position = position;
        step.title = title;
        step.assignee = assignee;
        step.doneAt = doneAt;
        step.persist();
    }
}
