package org.pacta.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Commitment")
public record CommitmentView(long id, long agreementId, String agreementTitle, String title, String description,
        String responsibleParty, Owner owner, List<String> tags, Priority priority, LocalDate startOn, Instant dueAt,
        String dueZone, @Schema(description = "Set when the deadline was given as a date") LocalDate dueDate,
        CommitmentStatus status, Instant completedAt, int percentComplete, boolean overdue, long daysOverdue,
        Instant baselineDueAt, long slippageDays, List<Long> dependsOn, long version, Instant createdAt,
        Instant updatedAt) {

    /** {@code withOwner} is false for anonymous readers: owners' names and emails are not public. */
    public static CommitmentView of(Commitment c, Instant now, boolean withOwner) {
        Owner owner = !withOwner || c.ownerName == null && c.ownerEmail == null ? null : new Owner(c.ownerName, c.ownerEmail);
        return new CommitmentView(c.id, c.agreement.id, c.agreement.title, c.title, c.description,
                c.responsibleParty.code, owner, c.tags.stream().sorted().toList(), c.priority, c.startOn, c.dueAt,
                c.dueZone, c.dueDateOnly ? c.deadline().localDate() : null, c.status, c.completedAt, c.percentComplete,
                c.isOverdue(now), c.daysOverdue(now), c.baselineDueAt, c.slippageDays(),
                c.dependsOn.stream().map(d -> d.id).sorted().toList(), c.version, c.createdAt, c.updatedAt);
    }
}
