package org.pacta.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.pacta.platform.Refusals;
import org.pacta.platform.TimeRules;
import org.pacta.platform.Violations;

/** Turns what a client sent ({@code dueAt} or {@code dueDate}, maybe a zone) into a {@link Deadline}. */
public final class DeadlineRules {

    private DeadlineRules() {
    }

    /**
     * @param partyZone the responsible party's zone: where a date-only deadline ends, and the default zone
     * @return the deadline, or null when something was wrong (then it is in {@code v}) or nothing was given
     */
    public static Deadline resolve(Instant dueAt, LocalDate dueDate, String dueZone, ZoneId partyZone, Violations v,
            boolean required) {
        return resolve(dueAt, dueDate, dueZone, null, partyZone, v, required);
    }

    /**
     * The same with a precision: a month, quarter or year is named by any {@code dueDate} inside it, and the deadline
     * is the end of that period.
     */
    public static Deadline resolve(Instant dueAt, LocalDate dueDate, String dueZone, DuePrecision precision,
            ZoneId partyZone, Violations v, boolean required) {
        ZoneId zone = partyZone;
        if (dueZone != null && !dueZone.isBlank()) {
            zone = TimeRules.zone(dueZone).orElse(null);
            if (zone == null) {
                v.add("dueZone", r -> r.unknown_zone(dueZone, "Asia/Tehran, Europe/Minsk, UTC"));
                return null;
            }
        }
        if (dueAt == null && dueDate == null) {
            if (required) {
                v.add("dueAt", Refusals::deadline_required);
            }
            return null;
        }
        DuePrecision p = precision == null ? DuePrecision.DAY : precision;
        if (p != DuePrecision.DAY && dueDate == null) {
            v.add("duePrecision", Refusals::precision_needs_date);
            return null;
        }
        if (dueDate != null && !TimeRules.plausible(dueDate)) {
            v.add("dueDate", TimeRules.implausible());
            return null;
        }
        if (dueAt != null && !TimeRules.plausible(dueAt)) {
            v.add("dueAt", TimeRules.implausible());
            return null;
        }
        if (zone == null) {
            return null;
        }
        if (dueDate != null) {
            Deadline byDate = Deadline.endOfPeriod(dueDate, p, zone);
            // A client that sends back what it read has both; they agree for a date-only deadline.
            if (dueAt != null && !dueAt.equals(byDate.dueAt())) {
                v.add("dueAt", Refusals::deadline_both);
                return null;
            }
            return byDate;
        }
        return Deadline.at(dueAt, zone);
    }

    /**
     * A deadline, or the source's words for an item without a fixed date ({@code undated}), never both.
     *
     * @return the due, or null when something was wrong (then it is in {@code v}) or nothing was given
     */
    public static Due resolveDue(Instant dueAt, LocalDate dueDate, String dueZone, DuePrecision precision,
            String undated, ZoneId partyZone, Violations v) {
        String words = undated == null || undated.isBlank() ? null : undated.strip();
        if (words == null) {
            Deadline deadline = resolve(dueAt, dueDate, dueZone, precision, partyZone, v, true);
            return deadline == null ? null : Due.of(deadline);
        }
        boolean ok = true;
        if (dueAt != null || dueDate != null) {
            v.add("undated", Refusals::undated_with_date);
            ok = false;
        }
        if (precision != null && precision != DuePrecision.DAY) {
            v.add("duePrecision", Refusals::precision_needs_date);
            ok = false;
        }
        if (dueZone != null && !dueZone.isBlank() && TimeRules.zone(dueZone).isEmpty()) {
            v.add("dueZone", r -> r.unknown_zone(dueZone, "Asia/Tehran, Europe/Minsk, UTC"));
            ok = false;
        }
        return ok ? Due.undated(words) : null;
    }

    /** A commitment cannot be due before it starts. */
    public static void checkStart(LocalDate startOn, Deadline deadline, Violations v) {
        if (startOn == null) {
            return;
        }
        if (!TimeRules.plausible(startOn)) {
            v.add("startOn", TimeRules.implausible());
            return;
        }
        if (deadline != null && deadline.localDate().isBefore(startOn)) {
            LocalDate due = deadline.localDate();
            v.add(deadline.dateOnly() ? "dueDate" : "dueAt", r -> r.deadline_before_start(due, startOn));
        }
    }
}
