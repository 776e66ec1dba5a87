package org.pacta.platform;

import io.quarkus.security.ForbiddenException;

/** An access rule refusing someone, with the reason as a phrase so that the 403 page can say it in their language. */
public class Forbidden extends ForbiddenException {

    private final transient Phrase phrase;

    public Forbidden(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    public Phrase phrase() {
        return phrase;
    }
}
