package org.pacta.commitment;

import java.util.Objects;

/**
 * When an item is due: a {@link Deadline}, or, for an item its source gave no fixed date ("Ongoing", "90 days after
 * guidance"), the source's words. An undated item is never overdue, never due soon and never followed up.
 */
public record Due(Deadline deadline, String undated) {

    public Due {
        if ((deadline == null) == (undated == null)) {
            throw new IllegalArgumentException("A due is a deadline or an undated text, one of the two");
        }
    }

    public static Due of(Deadline deadline) {
        return new Due(Objects.requireNonNull(deadline, "deadline"), null);
    }

    public static Due undated(String words) {
        return new Due(null, Objects.requireNonNull(words, "words"));
    }

    public boolean isUndated() {
        return deadline == null;
    }
}
