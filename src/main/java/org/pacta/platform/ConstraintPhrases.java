package org.pacta.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;

/**
 * Bean Validation violations as phrases. Our own messages are found by their text (the {@link Refusals}
 * constants the annotations use); the validator's defaults by the constraint, with its attributes as arguments.
 */
final class ConstraintPhrases {

    private ConstraintPhrases() {
    }

    static Phrase of(ConstraintViolation<?> violation) {
        Phrase words = words(violation);
        String english = violation.getMessage();
        return new Phrase() {
            @Override
            public String in(Refusals refusals) {
                return words.in(refusals);
            }

            @Override
            public String english() {
                return english;
            }
        };
    }

    private static Phrase words(ConstraintViolation<?> v) {
        switch (v.getMessageTemplate()) {
            case Refusals.DEADLINE_REASON:
                return Refusals::deadline_reason_required;
            case Refusals.DOCUMENT_AGREEMENT:
                return Refusals::document_needs_agreement;
            case Refusals.EMAIL:
                return Refusals::email_address;
            case Refusals.HTTP_URL:
                return Refusals::http_url;
            case Refusals.PARTIES:
                return Refusals::parties_required;
            case Refusals.PARTY_CODE:
                return Refusals::party_code_pattern;
            case Refusals.PERCENT:
                return Refusals::percent_range;
            case Refusals.ROADMAP_FORMAT:
                return Refusals::roadmap_format;
            case Refusals.TAGS:
                return Refusals::too_many_tags;
            default:
                break;
        }
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        if (a instanceof Text text) {
            Phrase problem = v.getInvalidValue() instanceof String s ? Text.Validator.problem(s, text.multiline()) : null;
            return problem == null ? Refusals::invalid_value : problem;
        }
        if (a instanceof NotBlank) {
            return Refusals::not_blank;
        }
        if (a instanceof NotEmpty) {
            return Refusals::not_empty;
        }
        if (a instanceof NotNull) {
            return Refusals::not_null;
        }
        if (a instanceof Size size) {
            return r -> r.size_between(size.min(), size.max());
        }
        if (a instanceof Min min) {
            return r -> r.at_least(min.value());
        }
        if (a instanceof Max max) {
            return r -> r.at_most(max.value());
        }
        if (a instanceof Email) {
            return Refusals::email_well_formed;
        }
        if (a instanceof Pattern pattern) {
            return r -> r.must_match(pattern.regexp());
        }
        return Refusals::invalid_value;
    }
}
