package org.pacta.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Commitment")
public record CommitmentView(long id, long agreementId, String agreementTitle, String title, String description,
        String responsibleParty, Owner owner, List<String> tags, Priority priority, LocalDate startOn,
        @Schema(description = "Null for an undated commitment") Instant dueAt,
        String dueZone, @Schema(description = "Set when the deadline was given as a date (the last day of its period)") LocalDate dueDate,
        CommitmentStatus status, Instant completedAt, int percentComplete, boolean overdue, long daysOverdue,
        @Schema(description = "The first deadline; null while undated") Instant baselineDueAt, long slippageDays,
        List<Long> dependsOn, long version, Instant createdAt, Instant updatedAt,
        @Schema(description = "The body under the responsible party") String responsibleBody,
        @Schema(description = "The plan's own numbering") String reference,
        @Schema(description = "DAY, MONTH, QUARTER, HALF or YEAR; null while undated") DuePrecision duePrecision,
        @Schema(description = "The source's words for a commitment without a fixed date; null once it has one") String undated,
        @Schema(description = "For DONE: false when an import's source reported it complete without evidence; null while"
                + " not DONE") Boolean completionEvidenced,
        @Schema(description = "PENDING, DISPUTED or CONFIRMED: the other parties' word on a completion; null while not"
                + " DONE or when the agreement has no other party") Confirmation confirmation,
        @Schema(description = "When the other parties were asked to confirm the completion") Instant confirmationAskedAt,
        @Schema(description = "In the answer to a create, update or deadline change: what to know about the deadline,"
                + " accepted all the same (code non-working-day: a day off of the responsible party)")
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        List<DeadlineWarning> warnings) {

    public CommitmentView withWarnings(List<DeadlineWarning> found) {
        return new CommitmentView(id, agreementId, agreementTitle, title, description, responsibleParty, owner, tags,
                priority, startOn, dueAt, dueZone, dueDate, status, completedAt, percentComplete, overdue, daysOverdue,
                baselineDueAt, slippageDays, dependsOn, version, createdAt, updatedAt, responsibleBody, reference,
                duePrecision, undated, completionEvidenced, confirmation, confirmationAskedAt, List.copyOf(found));
    }

    /** {@code withOwner} is false for anonymous readers: owners' names and emails are not public. */
    public static CommitmentView of(Commitment c, Instant now, boolean withOwner) {
        Owner owner = !withOwner || c.ownerName == null && c.ownerEmail == null ? null : new Owner(c.ownerName, c.ownerEmail);
        Deadline d = c.deadline();
        return new CommitmentView(c.id, c.agreement.id, c.agreement.title, c.title, c.description,
                c.responsibleParty.code, owner, c.tags.stream().sorted().toList(), c.priority, c.startOn, c.dueAt,
                d == null ? null : c.dueZone, d != null && d.dateOnly() ? d.localDate() : null, c.status, c.completedAt,
                c.percentComplete, c.isOverdue(now), c.daysOverdue(now), c.baselineDueAt, c.slippageDays(),
                c.dependsOn.stream().map(x -> x.id).sorted().toList(), c.version, c.createdAt, c.updatedAt,
                c.responsibleBody, c.reference, d == null ? null : d.precision(), c.undated,
                c.status == CommitmentStatus.DONE ? c.completionEvidenced : null, c.confirmation, c.confirmationAskedAt, null);
    }
}
