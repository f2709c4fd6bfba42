package dev.waypoint.audit;

/**
 * What happened, and how it reads. In a sentence, {@code {A}} is who did it and {@code {S}} whom it
 * was done to ({@code {A's}}, {@code {S's}} their possessives), each "you" for the reader; {@code
 * {D}} is the event's detail, which never holds the text of anyone's goals, check-ins or comments.
 */
public enum AuditKind {
    SIGNED_IN("Sign-in", "{A} signed in"),
    SIGN_IN_REFUSED("Sign-in refused", "{A} signed in at the provider, but the account is deactivated"),
    SIGNED_OUT("Sign-out", "{A} signed out"),
    SIGNED_OUT_EVERYWHERE("Sign-out everywhere", "{A} signed out on every device"),
    INVITATION_CREATED("Invitation created", "{A} created an invitation {D}"),
    INVITATION_ACCEPTED("Invitation accepted", "{A} accepted {S's} invitation {D}"),
    INVITATION_REVOKED("Invitation revoked", "{A} revoked an invitation {D}"),
    MENTORSHIP_ENDED("Mentorship ended", "{A} ended the mentorship with {S}"),
    AGREEMENT_CONFIRMED("Agreement confirmed", "{A} confirmed the mentoring agreement with {S}"),
    MENTORSHIP_CLOSED("Mentorship closed", "{A} closed the mentorship with {S}: {D}"),
    SHARING_CHANGED("Sharing changed", "{A} changed who sees {D}"),
    TEAM_ROLE_CHANGED("Team role changed", "{A} made {S} {D}"),
    TEAM_MEMBER_REMOVED("Removed from a team", "{A} removed {S} from {D}"),
    EXPORTED("Data downloaded", "{A} downloaded {A's} data"),
    IMPORTED("Data imported", "{A} imported {D}"),
    ACCOUNT_DELETED("Account deleted", "An account was deleted by its owner"),
    PERSON_DEACTIVATED("Deactivated", "{A} deactivated {S's} account"),
    PERSON_REACTIVATED("Reactivated", "{A} reactivated {S's} account"),
    PERSON_DELETED("Deleted by an admin", "{A} deleted an account"),
    TEAM_LEAD_NAMED("Team lead named", "{A} named {S} lead of {D}"),
    TEAM_ARCHIVED("Team archived", "{A} archived the team {D}"),
    TEAM_RESTORED("Team restored", "{A} restored the team {D}"),
    BACKUP_TAKEN("Backup taken", "{A} took a backup of the database, {D}"),
    CALENDAR_FEED_CHANGED("Calendar feed", "{A} {D}"),
    ACCESS_TOKEN_CHANGED("Access token", "{A} {D}");

    /** The kind as the admin's filter names it. */
    public final String label;

    final String sentence;

    AuditKind(String label, String sentence) {
        this.label = label;
        this.sentence = sentence;
    }
}
