package org.pacta.commitment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.platform.Text;

@Schema(name = "MilestoneInput", description = "A checkpoint; the deadline as dueAt or dueDate (with duePrecision), or"
        + " undated with the source's words")
@JsonIgnoreProperties(value = {"id", "commitmentId", "overdue", "daysOverdue", "createdAt", "confirmation",
        "confirmationAskedAt"}, allowGetters = true)
public record MilestoneInput(
        @Schema(examples = "Timetable agreed") @NotBlank @Size(max = 300) @Text String title,
        Instant dueAt,
        LocalDate dueDate,
        @Size(max = 64) String dueZone,
        @Schema(description = "true marks it reached now (unless completedAt is given); false reopens it") Boolean completed,
        Instant completedAt,
        @Schema(description = "What shows it was reached: a link or a reference") @Size(max = 2000) @Text(multiline = true) String evidence,
        @Schema(description = "The version you edited (alternative to If-Match)") Long version,
        @Schema(description = "The plan's own numbering, unique among the agreement's milestones", examples = "1.2.a")
        @Size(max = 64) @Text String reference,
        @Schema(description = "DAY (default), MONTH, QUARTER, HALF or YEAR: dueDate names any day of that period") DuePrecision duePrecision,
        @Schema(description = "Instead of a deadline: the source's words", examples = "Ongoing") @Size(max = 300) @Text String undated) {

    /** The fields every milestone had before references, precision and undated milestones. */
    public MilestoneInput(String title, Instant dueAt, LocalDate dueDate, String dueZone, Boolean completed,
            Instant completedAt, String evidence, Long version) {
        this(title, dueAt, dueDate, dueZone, completed, completedAt, evidence, version, null, null, null);
    }
}
