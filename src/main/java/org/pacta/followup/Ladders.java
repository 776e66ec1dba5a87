package org.pacta.followup;

import org.pacta.notify.Ladder;
import org.pacta.notify.Subscription;

/** A subscription's settings as a {@link Ladder}. */
public final class Ladders {

    private Ladders() {
    }

    public static Ladder of(Subscription s) {
        return new Ladder(s.leadTimeList(), s.onDue, s.onOverdue, s.escalationPeriod(), s.escalateAfter);
    }
}
