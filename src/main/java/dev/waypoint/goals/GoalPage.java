package dev.waypoint.goals;

import dev.waypoint.circles.Audience;
import dev.waypoint.circles.AudienceWords;
import dev.waypoint.circles.Mentorship;
import dev.waypoint.feedback.Feedback;
import dev.waypoint.teams.Team;
import dev.waypoint.teams.TeamShare;
import java.util.List;

/** Everything the goal page renders, loaded up front. */
public record GoalPage(
        Goal goal,
        boolean mine,
        String audience,
        Crumb back,
        List<Audience.TeamChoice> teams,
        boolean pivotNamed,
        List<Feedback> feedback,
        List<Step> steps,
        List<GoalEvent> history,
        List<NorthStar> northStars,
        int northStarPercent,
        GoalForm revision,
        boolean celebrate,
        String problem,
        String stepProblem,
        String stepDraft,
        LifecycleDraft typed) {

    /**
     * Where the breadcrumb leads back to: the owner's goals, or for someone it is shared with,
     * their mentees (and the owner's page there) or the team it reached them through; {@code place}
     * is the top bar's place that is current.
     */
    public record Crumb(String label, String href, String ownerHref, String place) {
        static final Crumb OWN = new Crumb("Goals", "/goals", null, "goals");

        static Crumb forViewer(boolean asMentor, List<Team> viaTeams, Long ownerId) {
            if (asMentor || viaTeams.isEmpty()) {
                return new Crumb("Mentees", "/mentoring", "/mentoring/mentees/" + ownerId, "mentoring");
            }
            return new Crumb(viaTeams.get(0).name, "/teams/" + viaTeams.get(0).id, null, "teams");
        }
    }

    /** What was typed into "Drop" or "Pivot" when it was refused, to show again. */
    public record LifecycleDraft(String dropReason, String pivotTitle, String pivotReason) {
        static final LifecycleDraft NONE = new LifecycleDraft(null, null, null);

        public boolean dropping() {
            return dropReason != null;
        }

        public boolean pivoting() {
            return pivotTitle != null || pivotReason != null;
        }
    }

    /** The owner's page with a refused drop or pivot: the message, and the text as typed. */
    static GoalPage refused(Goal goal, String problem, LifecycleDraft typed) {
        GoalPage page = load(goal, null, false, problem);
        return page.withTyped(typed);
    }

    private GoalPage withTyped(LifecycleDraft draft) {
        return new GoalPage(
                goal,
                mine,
                audience,
                back,
                teams,
                pivotNamed,
                feedback,
                steps,
                history,
                northStars,
                northStarPercent,
                revision,
                celebrate,
                problem,
                stepProblem,
                stepDraft,
                draft);
    }

    static GoalPage load(Goal goal) {
        return load(goal, null, false, null);
    }

    /** The owner's page for a goal found with its steps ({@link VisibleGoal}). */
    static GoalPage load(VisibleGoal found) {
        return build(found.goal(), found.steps(), null, false, null, null, null);
    }

    static GoalPage withStepProblem(Goal goal, String problem, String stepDraft) {
        return build(goal, Step.ofGoal(goal.id), null, false, null, problem, stepDraft);
    }

    static GoalPage load(Goal goal, GoalForm revision, boolean celebrate, String problem) {
        return build(goal, Step.ofGoal(goal.id), revision, celebrate, problem, null, null);
    }

    private static GoalPage build(
            Goal goal,
            List<Step> steps,
            GoalForm revision,
            boolean celebrate,
            String problem,
            String stepProblem,
            String stepDraft) {
        Long ownerId = goal.owner.id;
        NorthStarChoices northStars = NorthStarChoices.of(ownerId, goal.northStar);
        List<Feedback> feedback = Feedback.on(Feedback.Item.GOAL, goal.id);
        Audience.Names audience = Audience.of(TeamShare.Item.GOAL, goal.id, ownerId, goal.sharedWithMentors);
        return new GoalPage(
                goal,
                true,
                AudienceWords.describe("goal", goal.sharedWithMentors, audience),
                Crumb.OWN,
                audience.teamChoices(),
                true,
                feedback,
                steps,
                GoalEvent.historyOf(goal.id),
                northStars.northStars(),
                northStars.rollUp(),
                revision == null ? GoalForm.of(goal) : revision,
                celebrate,
                problem,
                stepProblem,
                stepDraft,
                LifecycleDraft.NONE);
    }

    /**
     * The same goal for someone it is shared with: read-only, so only what they see is loaded
     * (no north stars, roll-up or mentors of the owner). A pivot names the new goal only when the
     * viewer may see that one too.
     */
    static GoalPage forViewer(VisibleGoal found, Long viewerId) {
        Goal goal = found.goal();
        Long ownerId = goal.owner.id;
        boolean asMentor = goal.sharedWithMentors && Mentorship.isActive(viewerId, ownerId);
        List<Team> viaTeams = Audience.teamsSeenThrough(TeamShare.Item.GOAL, goal.id, ownerId, viewerId);
        return new GoalPage(
                goal,
                false,
                AudienceWords.describeForViewer("goal", goal.owner, asMentor, viaTeams),
                Crumb.forViewer(asMentor, viaTeams, ownerId),
                List.of(),
                Goal.pivotVisibleTo(goal.id, viewerId),
                Feedback.on(Feedback.Item.GOAL, goal.id),
                found.steps(),
                GoalEvent.historyOf(goal.id),
                List.of(),
                0,
                GoalForm.of(goal),
                false,
                null,
                null,
                null,
                LifecycleDraft.NONE);
    }
}
