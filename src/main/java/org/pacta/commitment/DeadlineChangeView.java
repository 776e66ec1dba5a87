package org.pacta.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadlineChange")
public record DeadlineChangeView(long id, long commitmentId,
        @Schema(description = "Null when the commitment had no fixed date before (see oldUndated)") Instant oldDueAt,
        String oldZone, Instant newDueAt, String newZone,
        @Schema(description = "0 for a first date given to an undated commitment") long shiftDays, String reason,
        String author, Instant changedAt,
        @Schema(description = "DAY, MONTH, QUARTER, HALF or YEAR; null with oldUndated") DuePrecision oldPrecision,
        DuePrecision newPrecision,
        @Schema(description = "The words of an undated commitment that this change gave its first date") String oldUndated,
        @Schema(description = "The old deadline's local date, when it was given as a date") LocalDate oldDueDate,
        @Schema(description = "The new deadline's local date, when it is given as a date") LocalDate newDueDate) {

    public static DeadlineChangeView of(DeadlineChange d) {
        Deadline old = d.oldDueAt == null ? null
                : new Deadline(d.oldDueAt, ZoneId.of(d.oldZone), d.oldDateOnly, d.oldPrecision);
        Deadline revised = new Deadline(d.newDueAt, ZoneId.of(d.newZone), d.newDateOnly, d.newPrecision);
        return new DeadlineChangeView(d.id, d.commitment.id, d.oldDueAt, d.oldZone, d.newDueAt, d.newZone,
                old == null ? 0 : Deadline.slippageDays(d.oldDueAt, d.newDueAt), d.reason, d.author, d.changedAt,
                old == null ? null : old.precision(), revised.precision(), d.oldUndated,
                old != null && old.dateOnly() ? old.localDate() : null, revised.dateOnly() ? revised.localDate() : null);
    }
}
