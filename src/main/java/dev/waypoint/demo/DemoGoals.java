package dev.waypoint.demo;

import dev.waypoint.goals.Category;
import dev.waypoint.goals.Goal;
import dev.waypoint.goals.GoalHistory;
import dev.waypoint.goals.GoalStatus;
import dev.waypoint.goals.NorthStar;
import dev.waypoint.goals.Step;
import dev.waypoint.people.Person;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Alice's goals for the dev-mode demo: a north star with goals in every state. */
public final class DemoGoals {

    private DemoGoals() {}

    /** Writes the demo goals unless Alice has goals already; returns whether it wrote them. */
    public static boolean writeFor(Person alice, Clock clock) {
        if (Goal.count("owner.id", alice.id) > 0) {
            return false;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);

        NorthStar staff = northStar(
                alice,
                "Become a staff engineer",
                "I want to shape how our whole platform grows, not just my team's corner of it.",
                now.minus(Duration.ofDays(90)));
        NorthStar speaker = northStar(alice, "Be a confident speaker", null, now.minus(Duration.ofDays(60)));
        List<Goal> goals = new ArrayList<>(towardStaff(alice, staff, now, today));
        goals.addAll(towardSpeaking(alice, speaker, now, today));
        Goal writing = goal(alice, null, "Write one blog post a month", Category.COMMUNICATION_AND_COMMUNITY, now, 20);
        writing.moveTo(GoalStatus.PAUSED, "Busy release month", now.minus(Duration.ofDays(3)))
                .persist();
        goals.add(writing);
        for (Goal goal : goals) {
            GoalHistory.created(goal, goal.createdAt);
        }
        return true;
    }

    private static NorthStar northStar(Person owner, String title, String why, Instant createdAt) {
        NorthStar star = new NorthStar();
        star.owner = owner;
        star.title = title;
        star.why = why;
        star.createdAt = createdAt;
        star.persist();
        return star;
    }

    /** A design review on its way, and a mentoring goal gone still for five weeks. */
    private static List<Goal> towardStaff(Person alice, NorthStar staff, Instant now, LocalDate today) {
        Goal design = goal(alice, staff, "Lead a cross-team design review", Category.TECHNICAL, now, 40);
        design.targetDate = today.plusWeeks(5);
        steps(
                design,
                now,
                today,
                new String[] {"Pick a design that touches two teams", "Write the review guide"},
                "Invite reviewers from both teams",
                "Run the review",
                "Share what we decided");

        Goal mentor =
                goal(alice, staff, "Mentor a new joiner through onboarding", Category.PEOPLE_AND_LEADERSHIP, now, 45);
        steps(
                mentor,
                now,
                today,
                new String[] {},
                "Set up a weekly 30-minute chat",
                "Pair on their first pull request");
        mentor.lastProgressAt = now.minus(Duration.ofDays(35));
        return List.of(design, mentor);
    }

    /** Talks counted toward a target, and a lightning talk achieved last week. */
    private static List<Goal> towardSpeaking(Person alice, NorthStar speaker, Instant now, LocalDate today) {
        Goal talks = goal(alice, speaker, "Give talks at meetups", Category.COMMUNICATION_AND_COMMUNITY, now, 30);
        talks.measureUnit = "talks";
        talks.measureTarget = 3;
        talks.measureCurrent = 1;
        talks.targetDate = today.plusMonths(4);

        Goal lightning =
                goal(alice, speaker, "Give a lightning talk to my team", Category.COMMUNICATION_AND_COMMUNITY, now, 50);
        steps(lightning, now, today, new String[] {"Choose a topic", "Draft five slides", "Rehearse once"});
        lightning
                .moveTo(GoalStatus.ACHIEVED, null, now.minus(Duration.ofDays(6)))
                .persist();
        return List.of(talks, lightning);
    }

    /**
     * Another persona's goal for the demo, {@code ageDays} old, with its steps ({@code done} ones
     * first, then {@code open} ones due over the coming days) and its history.
     */
    public static Goal otherGoal(
            Person owner, String title, Category category, Clock clock, int ageDays, String[] done, String... open) {
        Instant now = clock.instant();
        Goal goal = goal(owner, null, title, category, now, ageDays);
        steps(goal, now, LocalDate.now(clock), done, open);
        GoalHistory.created(goal, goal.createdAt);
        return goal;
    }

    private static Goal goal(Person owner, NorthStar star, String title, Category category, Instant now, int ageDays) {
        Goal goal = Goal.start(owner, now.minus(Duration.ofDays(ageDays)));
        goal.northStar = star;
        goal.title = title;
        goal.category = category;
        goal.lastProgressAt = now.minus(Duration.ofDays(2));
        goal.persist();
        return goal;
    }

    /** Adds done steps first, then open ones due over the coming days. */
    private static void steps(Goal goal, Instant now, LocalDate today, String[] done, String... open) {
        int position = 0;
        for (String title : done) {
            Step step = step(goal, position++, title);
            step.doneAt = now.minus(Duration.ofDays(3));
        }
        for (String title : open) {
            Step step = step(goal, position, title);
            step.dueDate = today.plusDays(3L * position);
            position++;
        }
        goal.stepsTotal = position;
        goal.stepsDone = done.length;
    }

    private static Step step(Goal goal, int position, String title) {
        return goal.addStep(position, title, null);
    }
}
