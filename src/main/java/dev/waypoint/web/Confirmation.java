package dev.waypoint.web;

import io.quarkus.qute.TemplateEnum;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every short confirmation Waypoint shows after a change, in one place so they share a voice. A
 * redirect names one by key ({@link Flash#seeOther}); the text never comes from the URL.
 */
@TemplateEnum
public enum Confirmation {
    GOAL_SET("Goal set. Only you can see it until you share it."),
    GOAL_REVISED("Revision saved. You'll find it in the history below."),
    GOAL_PIVOTED("Pivot saved. The old goal is kept, marked as dropped, and links here."),
    GOAL_ACHIEVED("You did it! Goal achieved. Take a moment to enjoy it."),
    GOAL_STATUS_CHANGED("Status changed. The history below keeps why."),
    GOAL_STATUS_UNDONE("Undone. The goal is back as it was."),
    GOAL_SHARING_CHANGED("Saved. The line under the title says who can see this goal now."),
    MEASURE_RECORDED("Progress recorded."),
    STEP_ADDED("Step added."),
    STEP_DONE("Step done. Nice."),
    STEP_REOPENED("Step marked as not done yet."),
    STEP_SAVED("Step saved."),
    STEP_MOVED("Step moved."),
    STEP_DELETED("Step deleted."),
    NORTH_STAR_SAVED("North star saved."),
    NORTH_STAR_SET("North star set. Now a first goal toward it."),
    IDEA_ADOPTED("Adopted! Make it yours: adjust the title, date and steps."),
    REFLECTION_SAVED("Your reflection is saved. You can change it any time."),
    CHECK_IN_SUBMITTED("Checked in. Well done for taking a moment to look back."),
    CHECK_IN_DRAFTED("Draft saved. Come back any time this week."),
    WEEK_PAUSED("That week is paused. It won't count either way; un-pause it any time."),
    WEEK_RESUMED("That week is back on."),
    MILESTONE_SAVED("Milestone saved. It's on your timeline."),
    MILESTONE_DELETED("Milestone deleted."),
    MILESTONE_SHARING_CHANGED("Saved. The line under the title says who can see this milestone now."),
    SUGGESTION_DISMISSED("Suggestion dismissed. It won't come back."),
    COMMENT_POSTED("Comment posted."),
    CHEER_SENT("Cheer sent."),
    CHECK_IN_ACKNOWLEDGED("Marked as read. They'll see you read it."),
    COMMENT_DELETED("Comment deleted."),
    MARKED_READ("Marked as read."),
    PUT_OFF("Not now, then. It comes back next week if it still needs you."),
    EMAIL_CHOICES_SAVED("Saved. Waypoint e-mails you as you chose, and never in your quiet hours."),
    ALL_MARKED_READ("Everything in your inbox is marked as read."),
    INVITATION_REVOKED("Invitation revoked. The link no longer works."),
    MENTORSHIP_STARTED(
            "You're their mentor now. What they share shows up under Mentees; agree below on what to work on, if you like."),
    MENTOR_ADDED(
            "Your mentor is connected. They see only what you share with mentors; agree below on what to work on, if you like."),
    AGREEMENT_SAVED("Agreement saved. It holds once the other person confirms it too."),
    AGREEMENT_CONFIRMED("Agreed. You both confirmed it."),
    REVIEW_MOVED("Going on. You'll be asked again on the new date."),
    MENTORSHIP_CLOSED("Mentorship closed. The record of it stays with the mentee."),
    ACHIEVED_KEPT("Kept as a milestone. It's on your timeline and in your brag document."),
    SESSION_PLANNED("Session planned. It's in both your calendars if you subscribed to the feed."),
    SESSION_CHANGED("Session changed. Both of you see the new time."),
    SESSION_CANCELLED("Session cancelled. Its talking points stay here."),
    SESSION_HELD("Marked as held. Points not covered go on to the next session."),
    POINT_ADDED("Talking point added."),
    POINT_COVERED("Covered."),
    POINT_REOPENED("Marked as not covered yet."),
    POINT_MOVED("Talking point moved."),
    POINT_DELETED("Talking point deleted."),
    POINTS_CARRIED("The points not yet covered are on this session now."),
    NOTES_SAVED("Shared notes saved. You both see them."),
    PRIVATE_NOTES_SAVED("Your private notes are saved. Only you can read them."),
    ACTION_ADDED("Action added."),
    ACTION_DONE("Action done. Nice."),
    ACTION_REOPENED("Action marked as not done yet."),
    ACTION_DELETED("Action deleted."),
    ACTION_STEPPED("It's a step of this goal now. Ticking it here ticks the action too."),
    HELPFUL_SAVED("Thanks for saying. Only the two of you see it."),
    MENTORSHIP_ENDED("Mentorship ended. Nothing is shared between you any more."),
    INVITATION_DECLINED("Invitation declined. Nothing changed."),
    TEAM_CREATED("Team created. Invite your team mates from Manage team."),
    TEAM_JOINED("Welcome to the team. Share a goal with them when you're ready."),
    TEAM_LEFT("You left the team. Your goals are no longer on its board."),
    TEAM_ARCHIVED("Team archived. Its board is closed; nobody's goals were changed."),
    MEMBER_PROMOTED("They're a lead now too."),
    MEMBER_REMOVED("Removed from the team. Their goals are no longer on its board."),
    SHARED_WITH_TEAM("Shared. Your team can see this goal on the board now."),
    TAKEN_OFF_BOARD("Taken off the board. The goal itself is unchanged."),
    CARD_MOVED("Card moved."),
    TEAM_GOAL_ADDED("Team goal added to the board."),
    TEAM_GOAL_SAVED("Team goal saved."),
    TEAM_GOAL_ARCHIVED("Team goal archived."),
    TEAM_STEP_ASSIGNED("Step assigned."),
    TEAM_STEP_TOGGLED("Step updated."),
    PROFILE_SAVED("Saved. Your profile is up to date."),
    CALENDAR_FEED_OFF("Calendar feed turned off. Its address no longer works."),
    ACCESS_TOKEN_REVOKED("Token revoked. Anything still using it gets \"401 Unauthorized\" from now on."),
    DATA_IMPORTED("Imported. Everything from the file is here now."),
    ACCOUNT_DELETED("Your account and everything in it are deleted, and you are signed out everywhere."),
    PERSON_DEACTIVATED("Deactivated. They are signed out everywhere and nothing of theirs shows to anyone."),
    PERSON_REACTIVATED("Reactivated. They can sign in again, and what they shared shows again."),
    PERSON_DELETED("The account and everything in it are deleted."),
    TEAM_LEAD_NAMED("Lead named. They can manage the team now."),
    TEAM_RESTORED("Team restored. Its board is open again."),
    BACKUP_TAKEN("Backup taken. It is the newest under Backups."),
    BACKUP_FAILED("The backup did not complete. Why is under Backups.");

    private final String message;

    Confirmation(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    /** How the confirmation is named in a URL, e.g. {@code goal-revised}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<Confirmation> ofKey(String key) {
        return Arrays.stream(values()).filter(each -> each.key().equals(key)).findFirst();
    }
}
