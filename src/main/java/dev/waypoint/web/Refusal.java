package dev.waypoint.web;

/** Why a change was refused, and the status that says so: the one place these codes are written. */
public enum Refusal {
    /** The form breaks a rule; its messages say which. */
    INVALID(422),
    /** The change came too late or from a stale page: someone or something changed it first. */
    CONFLICT(409),
    /** The upload is larger than anything the form takes. */
    TOO_LARGE(413);

    private final int status;

    Refusal(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
