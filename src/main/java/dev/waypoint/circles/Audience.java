package dev.waypoint.circles;

/**
 * The one audience rule: may viewer V see an item that owner O wrote? Written once, used both as
 * a predicate and as a query condition so lists never filter in memory. Today only the owner
 * sees their items; mentors and teams join this rule when those relationships exist.
 */
public final class Audience {

    /** The query parameter name the condition binds the viewer's id to. */
    public static final String VIEWER = "viewerId";

    private Audience() {}

    /** A JPQL condition on an owned item with the given alias: visible to {@code :viewerId}. */
    public static String visibleTo(String alias) {
        return alias + ".owner.id = :" + VIEWER;
    }

    public static boolean mayView(Long viewerId, Long ownerId) {
        return ownerId != null && ownerId.equals(viewerId);
    }

    /** What every page of a private item says about who can see it. */
    public static String describePrivate(String noun) {
        return "Only you can see this " + noun + ".";
    }
}
