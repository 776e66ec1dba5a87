package org.pacta.commitment;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Milestone")
public record MilestoneView(long id, long commitmentId, String title,
        @Schema(description = "Null for an undated milestone") Instant dueAt, String dueZone, LocalDate dueDate,
        boolean completed, Instant completedAt, String evidence, boolean overdue, long daysOverdue, long version,
        Instant createdAt, String reference,
        @Schema(description = "DAY, MONTH, QUARTER, HALF or YEAR; null while undated") DuePrecision duePrecision,
        @Schema(description = "The source's words for a milestone without a fixed date") String undated,
        @Schema(description = "PENDING, DISPUTED or CONFIRMED once reached; null while open or with no other party")
        Confirmation confirmation, Instant confirmationAskedAt) {

    public static MilestoneView of(Milestone m, Instant now) {
        Deadline d = m.deadline();
        return new MilestoneView(m.id, m.commitment.id, m.title, m.dueAt, d == null ? null : m.dueZone,
                d != null && d.dateOnly() ? d.localDate() : null, m.completedAt != null, m.completedAt, m.evidence,
                m.isOverdue(now), m.daysOverdue(now), m.version, m.createdAt, m.reference,
                d == null ? null : d.precision(), m.undated, m.confirmation, m.confirmationAskedAt);
    }
}
