package dev.waypoint.feedback;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the kind of item a {@link FeedbackTargets} bean answers for. */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.PARAMETER})
public @interface FeedbackOn {

    Feedback.Item value();

    /** The qualifier as a value, to pick the bean for an item at run time. */
    final class Literal extends AnnotationLiteral<FeedbackOn> implements FeedbackOn {

        private final Feedback.Item item;

        Literal(Feedback.Item item) {
            this.item = item;
        }

        @Override
        public Feedback.Item value() {
            return item;
        }
    }
}
