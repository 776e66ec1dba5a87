package org.pacta.commitment;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Milestone")
public record MilestoneView(long id, long commitmentId, String title, Instant dueAt, String dueZone, LocalDate dueDate,
        boolean completed, Instant completedAt, String evidence, boolean overdue, long daysOverdue, long version,
        Instant createdAt) {

    public static MilestoneView of(Milestone m, Instant now) {
        return new MilestoneView(m.id, m.commitment.id, m.title, m.dueAt, m.dueZone,
                m.dueDateOnly ? m.deadline().localDate() : null, m.completedAt != null, m.completedAt, m.evidence,
                m.isOverdue(now), m.daysOverdue(now), m.version, m.createdAt);
    }
}
