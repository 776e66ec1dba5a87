package org.pacta.commitment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When something is due (DESIGN decision 2): an instant plus the zone it was set in. A date-only deadline is
 * the end of that day in the zone, so it falls due at the next local midnight, whatever the DST rules do.
 */
public record Deadline(Instant dueAt, ZoneId zone, boolean dateOnly) {

    private static final long MINUTES_PER_DAY = 24 * 60;

    public Deadline {
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(zone, "zone");
    }

    public static Deadline endOf(LocalDate date, ZoneId zone) {
        return new Deadline(date.plusDays(1).atStartOfDay(zone).toInstant(), zone, true);
    }

    public static Deadline at(Instant dueAt, ZoneId zone) {
        return new Deadline(dueAt, zone, false);
    }

    /** The local day the deadline belongs to: for a date-only one, the date that was given. */
    public LocalDate localDate() {
        Instant reference = dateOnly ? dueAt.minusNanos(1) : dueAt;
        return reference.atZone(zone).toLocalDate();
    }

    /** Due means "before dueAt": at that very instant it has passed. */
    public boolean passedAt(Instant now) {
        return !now.isBefore(dueAt);
    }

    /** 1 during the first 24 hours after the deadline, 2 during the next, and so on; 0 while not passed. */
    public long daysOverdue(Instant now) {
        return daysOverdue(dueAt, now);
    }

    public static long daysOverdue(Instant dueAt, Instant now) {
        if (now.isBefore(dueAt)) {
            return 0;
        }
        return Duration.between(dueAt, now).toDays() + 1;
    }

    /** The first moment after {@code now} at which {@link #daysOverdue(Instant, Instant)} gives another number. */
    public static Instant nextCountChange(Instant dueAt, Instant now) {
        return now.isBefore(dueAt) ? dueAt : dueAt.plus(Duration.ofDays(daysOverdue(dueAt, now)));
    }

    /** Whole days the deadline moved from its baseline (negative when brought forward), DST hours rounded away. */
    public static long slippageDays(Instant baseline, Instant current) {
        long minutes = Duration.between(baseline, current).toMinutes();
        return Math.round((double) minutes / MINUTES_PER_DAY);
    }
}
