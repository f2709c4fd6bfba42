package dev.waypoint.web;

import org.jboss.resteasy.reactive.RestForm;

/**
 * "Type the name to confirm", asked before what cannot be undone (deleting an account): the name
 * as typed, kept when refused. {@code tags/typeTheName} shows it.
 */
public class NameConfirmation extends FormInput {

    /** The field's name in the form and in {@link #errors()}. */
    public static final String FIELD = "confirmName";

    @RestForm
    public String confirmName;

    public static NameConfirmation blank() {
        return new NameConfirmation();
    }

    /**
     * True when what was typed is {@code name}, whatever the case and the spaces around it;
     * otherwise the field is refused with {@code refusal}.
     */
    public boolean confirms(String name, String refusal) {
        errors.clear();
        if (confirmName != null && confirmName.strip().equalsIgnoreCase(name.strip())) {
            return true;
        }
        reject(FIELD, refusal);
        return false;
    }

    /** What was typed, for the field's value. */
    public String typed() {
        return confirmName == null ? "" : confirmName;
    }
}
