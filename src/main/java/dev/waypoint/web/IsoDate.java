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

/** A typed date is empty or YYYY-MM-DD (what a date input sends, and what people type without one). */
@Documented
@Constraint(validatedBy = IsoDate.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoDate {

    String message() default "Please give the date as YYYY-MM-DD.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<IsoDate, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return FormInput.clean(value) == null || FormInput.parseDate(value) != null;
        }
    }
}
