package dev.waypoint.invitations;

import dev.waypoint.web.FormInput;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The invite forms' optional e-mail address. An address that does not look like one never stops
 * the invitation: the link is made and shown, and the page says why nothing was e-mailed.
 */
public class InviteForm extends FormInput {

    /** A plain address: no spaces, brackets or quotes that a mail server would refuse. */
    private static final Pattern ADDRESS =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    /** The longest address mail servers take. */
    private static final int ADDRESS_MAX = 254;

    @RestForm
    public String email;

    /** The address as typed, without the spaces around it; empty when none was typed. */
    Optional<String> address() {
        String typed = email == null ? "" : email.strip();
        return typed.isEmpty() ? Optional.empty() : Optional.of(typed);
    }

    /** True when the typed address is one a mail server would take. */
    boolean isDeliverable() {
        return address()
                .filter(to -> to.length() <= ADDRESS_MAX && ADDRESS.matcher(to).matches())
                .isPresent();
    }
}
