package dev.waypoint.invitations;

import dev.waypoint.operations.Postman;
import dev.waypoint.web.FormInput;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The invite forms' optional e-mail address. An address that does not look like one never stops
 * the invitation: the link is made and shown, and the page says why nothing was e-mailed.
 */
public class InviteForm extends FormInput {

    @RestForm
    public String email;

    /** The address as typed, without the spaces around it; empty when none was typed. */
    Optional<String> address() {
        String typed = email == null ? "" : email.strip();
        return typed.isEmpty() ? Optional.empty() : Optional.of(typed);
    }

    /** True when the typed address is one a mail server would take. */
    boolean isDeliverable() {
        return address().filter(Postman::isDeliverable).isPresent();
    }
}
