package dev.waypoint.reflections;

import dev.waypoint.web.FormInput;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import org.jboss.resteasy.reactive.RestForm;

/** What the reflection form sends, kept as typed. */
public class ReflectionForm extends FormInput {

    private static final String SCORE_MISSING = "How meaningful did it feel? Pick 1 (not at all) to 5 (very).";
    private static final String AGAIN_MISSING = "Would you choose it again? Pick yes, not sure or no.";

    @RestForm
    @NotNull(message = SCORE_MISSING)
    @Pattern(regexp = "[1-5]", message = SCORE_MISSING)
    public String meaningful;

    @RestForm
    @Size(max = Reflection.LEARNED_MAX, message = "Please keep this to {max} characters or fewer.")
    public String learned;

    @RestForm
    public String chooseAgain;

    static ReflectionForm of(Reflection reflection) {
        ReflectionForm form = new ReflectionForm();
        form.meaningful = String.valueOf(reflection.meaningful);
        form.learned = reflection.learned;
        form.chooseAgain = reflection.chooseAgain.name();
        return form;
    }

    /** The constraints, and "choose again" one of {@link Reflection.Again}'s answers. */
    boolean validate() {
        checkConstraints();
        if (again() == null) {
            reject("chooseAgain", AGAIN_MISSING);
        }
        return !hasErrors();
    }

    /** Copies the validated answers; call {@link #validate} first. */
    void applyTo(Reflection reflection) {
        reflection.meaningful = Integer.parseInt(meaningful);
        reflection.learned = clean(learned);
        reflection.chooseAgain = again();
    }

    private Reflection.Again again() {
        return Arrays.stream(Reflection.Again.values())
                .filter(answer -> answer.name().equals(chooseAgain))
                .findFirst()
                .orElse(null);
    }

    public boolean meaningfulIs(int value) {
        return String.valueOf(value).equals(meaningful);
    }

    public boolean againIs(String value) {
        return value.equals(chooseAgain);
    }

    public Reflection.Again[] choices() {
        return Reflection.Again.values();
    }
}
