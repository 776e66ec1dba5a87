package org.pacta.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.agreement.AgreementStatus;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.DuePrecision;
import org.pacta.commitment.Owner;
import org.pacta.commitment.Priority;
import org.pacta.platform.HttpUrl;
import org.pacta.platform.Refusals;
import org.pacta.platform.Text;

/**
 * A whole roadmap as one document: the agreement, the parties it needs, its commitments with their milestones
 * and dependencies (by local reference). What export writes, import reads.
 */
@Schema(name = "RoadmapDocument")
public record RoadmapDocument(
        @Schema(description = "Format marker", examples = FORMAT) @Pattern(regexp = FORMAT_PATTERN, message = Refusals.ROADMAP_FORMAT) String format,
        @NotNull(message = Refusals.DOCUMENT_AGREEMENT) @Valid AgreementPart agreement,
        @Size(max = 100) List<@NotNull @Valid PartyPart> parties,
        @Size(max = 20_000) List<@NotNull @Valid CommitmentPart> commitments,
        @Schema(description = "The agreement's hash chain as exported (head and entries); import leaves it aside:"
                + " the new agreement starts a chain of its own")
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        org.pacta.chain.LedgerViews.ChainView ledger) {

    public static final String FORMAT = "pacta.roadmap.v1";
    /** The marker itself and nothing else: its dots are not "any character". */
    static final String FORMAT_PATTERN = "pacta\\.roadmap\\.v1";

    @Schema(name = "RoadmapAgreement")
    public record AgreementPart(
            @NotBlank @Size(max = 300) @Text String title,
            @Size(max = 10_000) @Text(multiline = true) String summary,
            LocalDate signedOn,
            @Size(max = 200) @Text String place,
            @Size(max = 2000) @HttpUrl String sourceUrl,
            AgreementStatus status,
            @NotEmpty(message = Refusals.PARTIES) @Size(max = 50) List<@NotBlank String> parties,
            @Size(max = 500) @Text String reviewSchedule,
            @Size(max = 64) String reviewZone,
            @com.fasterxml.jackson.annotation.JsonProperty("public") Boolean isPublic,
            Boolean remindOwners,
            @Size(max = 20) List<@NotBlank @Size(max = 320) @jakarta.validation.constraints.Email(message = Refusals.EMAIL) @org.pacta.platform.Text String> coordinators) {
    }

    @Schema(name = "RoadmapParty", description = "Reused when a party with this code and zone exists")
    public record PartyPart(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{2,16}", message = Refusals.PARTY_CODE) String code,
            @NotBlank @Size(max = 200) @Text String name,
            @NotBlank @Size(max = 64) String timeZone) {
    }

    @Schema(name = "RoadmapCommitment")
    public record CommitmentPart(
            @Schema(description = "Local reference for dependsOn") @Size(max = 64) @Text String ref,
            @NotBlank @Size(max = 300) @Text String title,
            @Size(max = 10_000) @Text(multiline = true) String description,
            @NotBlank @Size(max = 16) String responsibleParty,
            @Valid Owner owner,
            @Size(max = 20) List<@NotBlank @Size(max = 40) @Text String> tags,
            Priority priority,
            LocalDate startOn,
            Instant dueAt,
            LocalDate dueDate,
            @Size(max = 64) String dueZone,
            @Schema(description = "The first deadline, when it has moved since") Instant baselineDueAt,
            LocalDate baselineDueDate,
            @Size(max = 2000) @Text(multiline = true) String deadlineChangeReason,
            CommitmentStatus status,
            @Min(0) @Max(100) Integer percentComplete,
            Instant completedAt,
            @Schema(description = "Links showing delivery; required for DONE") @Size(max = 20) List<@HttpUrl String> evidence,
            @Size(max = 100) List<@NotBlank String> dependsOn,
            @Size(max = 200) List<@NotNull @Valid MilestonePart> milestones,
            @Schema(description = "The body under the responsible party") @Size(max = 200) @Text String responsibleBody,
            @Schema(description = "The plan's own numbering, unique in the document") @Size(max = 64) @Text String reference,
            @Schema(description = "DAY (default), MONTH, QUARTER, HALF or YEAR") DuePrecision duePrecision,
            @Schema(description = "Instead of a deadline: the words of an item without a fixed date") @Size(max = 300) @Text String undated,
            @Schema(description = "false: DONE as reported, without evidence (then evidence may be absent)") Boolean completionEvidenced) {
    }

    @Schema(name = "RoadmapMilestone")
    public record MilestonePart(
            @NotBlank @Size(max = 300) @Text String title,
            Instant dueAt,
            LocalDate dueDate,
            @Size(max = 64) String dueZone,
            Instant completedAt,
            @Size(max = 2000) @Text(multiline = true) String evidence,
            @Size(max = 64) @Text String reference,
            DuePrecision duePrecision,
            @Size(max = 300) @Text String undated) {
    }
}
