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
    GOAL_REVISED("Revision saved. You'll find it in the history below."),
    GOAL_PIVOTED("Pivot saved. The old goal is kept, marked as dropped, and links here."),
    IDEA_ADOPTED("Adopted! Make it yours: adjust the title, date and steps."),
    GOAL_ACHIEVED("You did it! Goal achieved. Take a moment to enjoy it."),
    REFLECTION_SAVED("Your reflection is saved. You can change it any time."),
    CHECK_IN_SUBMITTED("Checked in. Well done for taking a moment to look back."),
    CHECK_IN_DRAFTED("Draft saved. Come back any time this week."),
    WEEK_PAUSED("That week is paused. It won't count either way; un-pause it any time."),
    WEEK_RESUMED("That week is back on."),
    PROFILE_SAVED("Saved. Your profile is up to date."),
    DATA_IMPORTED("Imported. Everything from the file is here now.");

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
