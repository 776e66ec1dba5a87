package org.pacta.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
        ZoneId zone = partyZone;
        if (dueZone != null && !dueZone.isBlank()) {
            zone = TimeRules.zone(dueZone).orElse(null);
            if (zone == null) {
                v.add("dueZone", "\"" + dueZone + "\" is not a known IANA time zone (e.g. Asia/Tehran, Europe/Minsk, UTC).");
                return null;
            }
        }
        if (dueAt == null && dueDate == null) {
            if (required) {
                v.add("dueAt", "A deadline is required: give dueAt (an instant, e.g. 2026-03-31T12:00:00Z)"
                        + " or dueDate (a date, e.g. 2026-03-31).");
            }
            return null;
        }
        if (dueDate != null && !TimeRules.plausible(dueDate)) {
            v.add("dueDate", TimeRules.implausibleMessage());
            return null;
        }
        if (dueAt != null && !TimeRules.plausible(dueAt)) {
            v.add("dueAt", TimeRules.implausibleMessage());
            return null;
        }
        if (zone == null) {
            return null;
        }
        if (dueDate != null) {
            Deadline byDate = Deadline.endOf(dueDate, zone);
            // A client that sends back what it read has both; they agree for a date-only deadline.
            if (dueAt != null && !dueAt.equals(byDate.dueAt())) {
                v.add("dueAt", "Give the deadline as dueAt or as dueDate, not both (they disagree).");
                return null;
            }
            return byDate;
        }
        return Deadline.at(dueAt, zone);
    }

    /** A commitment cannot be due before it starts. */
    public static void checkStart(LocalDate startOn, Deadline deadline, Violations v) {
        if (startOn == null) {
            return;
        }
        if (!TimeRules.plausible(startOn)) {
            v.add("startOn", TimeRules.implausibleMessage());
            return;
        }
        if (deadline != null && deadline.localDate().isBefore(startOn)) {
            v.add(deadline.dateOnly() ? "dueDate" : "dueAt", "The deadline (" + deadline.localDate()
                    + ") is before the start date (" + startOn + ").");
        }
    }
}
