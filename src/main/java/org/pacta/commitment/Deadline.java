package org.pacta.commitment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When something is due (DESIGN decision 2): an instant plus the zone it was set in. A date-only deadline is
 * the end of that day in the zone, so it falls due at the next local midnight, whatever the DST rules do. A
 * deadline named only by its month, quarter or year is date-only too, due at the end of the last day of the period;
 * its precision is kept so that it reads as the plan wrote it.
 */
public record Deadline(Instant dueAt, ZoneId zone, boolean dateOnly, DuePrecision precision) {

    private static final long MINUTES_PER_DAY = 24 * 60;

    public Deadline {
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(zone, "zone");
        precision = precision == null ? DuePrecision.DAY : precision;
        if (!dateOnly && precision != DuePrecision.DAY) {
            throw new IllegalArgumentException("Only a date-only deadline can name a month, quarter or year");
        }
    }

    public Deadline(Instant dueAt, ZoneId zone, boolean dateOnly) {
        this(dueAt, zone, dateOnly, DuePrecision.DAY);
    }

    public static Deadline endOf(LocalDate date, ZoneId zone) {
        return new Deadline(date.plusDays(1).atStartOfDay(zone).toInstant(), zone, true);
    }

    /** The end of the period of {@code precision} that holds {@code anyDay} ("December 2024" from any day of it). */
    public static Deadline endOfPeriod(LocalDate anyDay, DuePrecision precision, ZoneId zone) {
        LocalDate last = precision.lastDay(anyDay);
        return new Deadline(last.plusDays(1).atStartOfDay(zone).toInstant(), zone, true, precision);
    }

    /** Whether {@code other} is this very deadline, as the plan would read it. */
    public boolean sameAs(Deadline other) {
        return other != null && dueAt.equals(other.dueAt) && dateOnly == other.dateOnly && precision == other.precision;
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
