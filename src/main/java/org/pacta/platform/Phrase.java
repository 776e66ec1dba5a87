package org.pacta.platform;

import jakarta.validation.ConstraintViolation;

/**
 * What to tell a person about their request, before it is put into words: one of the {@link Refusals} with its
 * arguments ({@code r -> r.no_party(code)}). The API says it in English; a page says it in its reader's language.
 */
@FunctionalInterface
public interface Phrase {

    String in(Refusals words);

    default String english() {
        return in(English.WORDS);
    }

    /** A Bean Validation violation as a phrase; its English stays the validator's own message. */
    static Phrase of(ConstraintViolation<?> violation) {
        return ConstraintPhrases.of(violation);
    }
}
