package org.pacta.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person could have typed: any script, right-to-left marks and emoji are welcome; control characters,
 * NUL and broken surrogate pairs are not (databases refuse or mangle them). Single-line text also refuses line
 * breaks.
 */
@Documented
@Constraint(validatedBy = Text.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Text {

    String message() default "must not contain control characters";

    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Text, String> {

        private boolean multiline;

        @Override
        public void initialize(Text annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            Phrase problem = problem(value, multiline);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem.english()).addConstraintViolation();
            return false;
        }

        /** The reason the text is refused, or null when it is fine. */
        public static Phrase problem(String value, boolean multiline) {
            if (value == null) {
                return null;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    return Refusals::unpaired_surrogate;
                }
                if (Character.isLowSurrogate(c)) {
                    return Refusals::unpaired_surrogate;
                }
                if (c == '\n' || c == '\r' || c == '\t') {
                    if (!multiline && c != '\t') {
                        return Refusals::single_line;
                    }
                    continue;
                }
                if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                    String code = String.format("%04X", (int) c);
                    return r -> r.control_character(code);
                }
            }
            return null;
        }
    }

}
