package org.pacta.report;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.commitment.Owner;

@Schema(name = "OverdueItem", description = "An overdue commitment or milestone")
public record OverdueItem(
        @Schema(description = "COMMITMENT or MILESTONE") String kind,
        long id, long commitmentId, String title, String commitmentTitle, long agreementId, String agreementTitle,
        String responsibleParty, Owner owner, Instant dueAt, String dueZone,
        @Schema(description = "Set when the deadline was given as a date") LocalDate dueDate,
        long daysOverdue,
        @Schema(description = "Days the commitment's deadline moved from its baseline; null for milestones") Long slippageDays,
        @Schema(description = "The body under the responsible party") String responsibleBody,
        @Schema(description = "The plan's own numbering of the item") String reference,
        @Schema(description = "DAY, MONTH, QUARTER, HALF or YEAR: how the plan named the deadline") org.pacta.commitment.DuePrecision duePrecision,
        @Schema(description = "The plan's numbering of the commitment (of a milestone's commitment)") String commitmentReference,
        @Schema(description = "The commitment's status (of a milestone's commitment)") org.pacta.commitment.CommitmentStatus status,
        @Schema(description = "The day the commitment was first due, when its deadline moved; null for milestones") LocalDate originalDueDate,
        @Schema(description = "With confirmation=: when the item was completed") Instant completedAt,
        @Schema(description = "With confirmation=: PENDING, DISPUTED or CONFIRMED") org.pacta.commitment.Confirmation confirmation,
        @Schema(description = "With confirmation=: whole days since the other parties were asked to confirm") Long daysWaiting) {

    /** An overdue item: nothing about a completion. */
    public OverdueItem(String kind, long id, long commitmentId, String title, String commitmentTitle, long agreementId,
            String agreementTitle, String responsibleParty, Owner owner, Instant dueAt, String dueZone, LocalDate dueDate,
            long daysOverdue, Long slippageDays, String responsibleBody, String reference,
            org.pacta.commitment.DuePrecision duePrecision, String commitmentReference,
            org.pacta.commitment.CommitmentStatus status, LocalDate originalDueDate) {
        this(kind, id, commitmentId, title, commitmentTitle, agreementId, agreementTitle, responsibleParty, owner, dueAt,
                dueZone, dueDate, daysOverdue, slippageDays, responsibleBody, reference, duePrecision, commitmentReference,
                status, originalDueDate, null, null, null);
    }
}
