package dev.waypoint.notifications;

/**
 * A kind of e-mail a person chooses about on their profile (and can stop with one click): the
 * inbox's kinds gathered as people think of them, and the weekly check-in reminder.
 */
public enum Topic {
    FEEDBACK("Comments, cheers and reads on what you share", Cadence.DAILY),
    REPLIES("Replies where you commented", Cadence.DAILY),
    MENTEES("Check-ins your mentees share with you", Cadence.AS_IT_HAPPENS),
    TEAMS("Your teams: goals shared with them, steps given to you", Cadence.WEEKLY),
    PEOPLE("Invitations of yours accepted", Cadence.AS_IT_HAPPENS),
    SESSIONS("Mentoring sessions planned, moved or cancelled, and actions given to you", Cadence.AS_IT_HAPPENS),
    SECURITY(
            "Your account's security: a new calendar feed or access token, signing out everywhere",
            Cadence.AS_IT_HAPPENS),
    /** The weekly reminder on one's check-in day: on or off, kept as the profile's own setting. */
    CHECK_IN_REMINDER("The reminder on your check-in day", Cadence.WEEKLY);

    private final String label;
    private final Cadence byDefault;

    Topic(String label, Cadence byDefault) {
        this.label = label;
        this.byDefault = byDefault;
    }

    public String label() {
        return label;
    }

    public Cadence byDefault() {
        return byDefault;
    }

    /** The topics of the inbox's entries, chosen one by one on the profile. */
    public static java.util.List<Topic> ofNotices() {
        return java.util.List.of(FEEDBACK, REPLIES, MENTEES, TEAMS, PEOPLE, SESSIONS, SECURITY);
    }

    /** The inbox's kinds of entry this topic gathers. */
    public java.util.List<Notice.Kind> kinds() {
        return java.util.Arrays.stream(Notice.Kind.values())
                .filter(kind -> of(kind) == this)
                .toList();
    }

    public static Topic of(Notice.Kind kind) {
        return switch (kind) {
            case COMMENT, CHEER, READ -> FEEDBACK;
            case REPLY -> REPLIES;
            case CHECK_IN_SHARED -> MENTEES;
            case GOAL_SHARED_WITH_TEAM, TEAM_STEP_ASSIGNED -> TEAMS;
            case INVITATION_ACCEPTED -> PEOPLE;
            case SESSION_PLANNED, SESSION_MOVED, SESSION_CANCELLED, ACTION_GIVEN -> SESSIONS;
            case CALENDAR_FEED_MADE, ACCESS_TOKEN_MADE, SIGNED_OUT_EVERYWHERE -> SECURITY;
        };
    }
}
