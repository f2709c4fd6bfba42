package dev.waypoint.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Text typed one item per line (steps): at most {@code max} lines, each of {@code length} or fewer. */
@Documented
@Constraint(validatedBy = Lines.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Lines {

    int max();

    int length();

    String message() default "Up to {max} steps, one per line, each {length} characters or fewer.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Lines, String> {
        private int max;
        private int length;

        @Override
        public void initialize(Lines lines) {
            max = lines.max();
            length = lines.length();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            var lines = FormInput.lines(value);
            return lines.size() <= max && lines.stream().allMatch(line -> line.length() <= length);
        }
    }
}
