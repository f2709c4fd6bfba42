package dev.waypoint.notifications;

/** How often a person wants e-mail of one kind. */
public enum Cadence {
    OFF("Off"),
    /** Soon after it happens, at most one e-mail in {@link Outbox#BATCH_WINDOW}, several events in one. */
    AS_IT_HAPPENS("As it happens"),
    /** In one e-mail a day, when their quiet hours end. */
    DAILY("Daily digest"),
    /** In one e-mail a week, on their check-in day. */
    WEEKLY("Weekly digest");

    private final String label;

    Cadence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The outbox's kind of e-mail that carries entries of this cadence. */
    public OutboxMail.Kind mail() {
        return switch (this) {
            case AS_IT_HAPPENS -> OutboxMail.Kind.NOTICES;
            case DAILY -> OutboxMail.Kind.DAILY_DIGEST;
            case WEEKLY -> OutboxMail.Kind.WEEKLY_DIGEST;
            case OFF -> throw new IllegalStateException("nothing is sent for a kind that is off");
        };
    }
}
