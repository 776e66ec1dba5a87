package org.pacta.followup;

import java.time.Duration;
import java.time.Instant;
import org.pacta.notify.Notification;

/** One rung of a ladder for one deadline: what kind of message, and when it is due. */
public record Stage(Notification.Kind kind, Instant at, String code, Duration lead, int escalation) {

    static Stage dueSoon(Duration lead, Instant at) {
        return new Stage(Notification.Kind.DUE_SOON, at, "DUE_SOON:" + org.pacta.platform.Durations.format(lead), lead, 0);
    }

    static Stage dueToday(Instant at) {
        return new Stage(Notification.Kind.DUE_TODAY, at, "DUE_TODAY", null, 0);
    }

    static Stage overdue(Instant at) {
        return new Stage(Notification.Kind.OVERDUE, at, "OVERDUE", null, 0);
    }

    static Stage escalation(Duration every, int n, Instant at) {
        return new Stage(Notification.Kind.ESCALATION, at, "ESCALATION:" + org.pacta.platform.Durations.format(every) + ":" + n, null, n);
    }

    /** Among stages due at the same instant, the later rung wins. */
    int rank() {
        return switch (kind) {
            case DUE_SOON -> 0;
            case DUE_TODAY -> 1;
            case OVERDUE -> 2;
            case ESCALATION -> 3 + escalation;
            default -> 0;
        };
    }
}
