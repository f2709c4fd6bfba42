package dev.waypoint.tokens;

import dev.waypoint.web.FormInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** A new access token's name and how long it lasts, kept as typed so a refused form shows them again. */
public class AccessTokenForm extends FormInput {

    /** How long a token may last: long enough for a script, never forever. */
    public record Lifetime(String days, String label) {}

    public static final List<Lifetime> LIFETIMES = List.of(
            new Lifetime("7", "7 days"),
            new Lifetime("30", "30 days"),
            new Lifetime("90", "90 days"),
            new Lifetime("365", "1 year"));

    private static final String DEFAULT_DAYS = "90";

    @RestForm
    @NotBlank(message = "Please name the token after what will use it, such as \"Weekly report script\".")
    @Size(max = AccessToken.NAME_MAX, message = "Please keep the name to {max} characters or fewer.")
    public String tokenName;

    @RestForm
    public String lifetime;

    public static AccessTokenForm empty() {
        AccessTokenForm form = new AccessTokenForm();
        form.lifetime = DEFAULT_DAYS;
        return form;
    }

    public int nameMax() {
        return AccessToken.NAME_MAX;
    }

    public List<Lifetime> lifetimes() {
        return LIFETIMES;
    }

    /** Checks every field, and that the person has room for another token. */
    public boolean validate(int tokensHeld) {
        checkConstraints();
        if (days() == null) {
            errors.put("lifetime", "Please pick how long the token lasts.");
        }
        if (tokensHeld >= AccessToken.MAX_PER_PERSON) {
            errors.put(
                    FORM,
                    "You have " + tokensHeld + " tokens, the most one person can hold. Revoke one you no longer"
                            + " use, then make the new one.");
        }
        return errors.isEmpty();
    }

    public String name() {
        return oneLine(tokenName);
    }

    public Instant expiresAt(Instant now) {
        return now.plus(Duration.ofDays(Integer.parseInt(days())));
    }

    private String days() {
        String typed = clean(lifetime);
        return LIFETIMES.stream()
                .map(Lifetime::days)
                .filter(days -> days.equals(typed))
                .findFirst()
                .orElse(null);
    }
}
