package org.pacta.commitment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.platform.Refusals;
import org.pacta.platform.Text;

/**
 * A commitment to create or replace. Give the deadline as {@code dueAt} (an instant) or {@code dueDate} (a local
 * date, due by the end of that day in the responsible party's zone; with {@code duePrecision} MONTH, QUARTER, HALF or YEAR
 * any day of the period, due at its end), or, for an item without a fixed date, {@code undated} with the source's
 * words. Read-only fields of the GET answer are accepted and ignored, so a client can send back what it read.
 */
@Schema(name = "CommitmentInput")
@JsonIgnoreProperties(value = {"id", "agreementId", "agreementTitle", "overdue", "daysOverdue", "baselineDueAt",
        "slippageDays", "percentComplete", "completedAt", "createdAt", "updatedAt", "completionEvidenced", "confirmation",
        "confirmationAskedAt"},
        allowGetters = true)
public record CommitmentInput(
        @Schema(examples = "Launch a direct cargo rail service") @NotBlank @Size(max = 300) @Text String title,
        @Size(max = 10_000) @Text(multiline = true) String description,
        @Schema(description = "Code of the responsible party (one of the agreement's parties)", examples = "IR")
        @NotBlank @Size(max = 16) String responsibleParty,
        @Valid Owner owner,
        @Size(max = 20, message = Refusals.TAGS) List<@NotBlank @Size(max = 40) @Text String> tags,
        @Schema(description = "Defaults to NORMAL") Priority priority,
        LocalDate startOn,
        @Schema(description = "Deadline as an instant", examples = "2026-03-31T20:30:00Z") Instant dueAt,
        @Schema(description = "Deadline as a local date: due by the end of that day", examples = "2026-03-31") LocalDate dueDate,
        @Schema(description = "Zone of an instant deadline; defaults to the responsible party's zone") @Size(max = 64) String dueZone,
        @Schema(description = "Defaults to PLANNED; DONE only through a progress update with evidence") CommitmentStatus status,
        @Schema(description = "Ids of commitments (of any agreement) this one depends on")
        @Size(max = 100) List<Long> dependsOn,
        @Schema(description = "The version you edited (alternative to If-Match)") Long version,
        @Schema(description = "Required on PUT when the deadline changes") @Size(max = 2000) @Text(multiline = true) String deadlineChangeReason,
        @Schema(description = "The body under the responsible party (ministry, agency) as the plan names it",
                examples = "Ministry of Transport") @Size(max = 200) @Text String responsibleBody,
        @Schema(description = "The plan's own numbering, unique within the agreement", examples = "1.2")
        @Size(max = 64) @Text String reference,
        @Schema(description = "DAY (default), MONTH, QUARTER, HALF or YEAR: dueDate names any day of that period") DuePrecision duePrecision,
        @Schema(description = "Instead of a deadline, for an item without a fixed date: the source's words",
                examples = "90 days after guidance") @Size(max = 300) @Text String undated) {

    /** The fields every commitment had before bodies, references, precision and undated items. */
    public CommitmentInput(String title, String description, String responsibleParty, Owner owner, List<String> tags,
            Priority priority, LocalDate startOn, Instant dueAt, LocalDate dueDate, String dueZone, CommitmentStatus status,
            List<Long> dependsOn, Long version, String deadlineChangeReason) {
        this(title, description, responsibleParty, owner, tags, priority, startOn, dueAt, dueDate, dueZone, status,
                dependsOn, version, deadlineChangeReason, null, null, null, null);
    }
}
