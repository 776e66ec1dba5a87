package org.pacta.notify;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * The rungs one recipient wants for a deadline: reminders at each lead time before it, one on the day, one
 * when it passes, and an escalation every {@code escalateEvery} while it stays overdue; from escalation number
 * {@code escalateAfter + 1} on, the agreement's coordinators hear too.
 */
public record Ladder(List<Duration> leadTimes, boolean onDue, boolean onOverdue, Duration escalateEvery,
        Integer escalateAfter) {

    public static final List<Duration> DEFAULT_LEAD_TIMES = List.of(Duration.ofDays(14), Duration.ofDays(3), Duration.ofDays(1));
    public static final Duration DEFAULT_ESCALATION = Duration.ofDays(7);
    public static final int DEFAULT_ESCALATE_AFTER = 3;

    /** What an owner gets without subscribing, and what a subscription starts from. */
    public static final Ladder DEFAULT = new Ladder(DEFAULT_LEAD_TIMES, true, true, DEFAULT_ESCALATION, DEFAULT_ESCALATE_AFTER);

    public Ladder {
        leadTimes = leadTimes.stream().filter(d -> !d.isZero() && !d.isNegative()).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    public boolean escalates() {
        return escalateEvery != null && !escalateEvery.isZero() && !escalateEvery.isNegative();
    }
}
