package org.pacta.commitment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.platform.Text;

@Schema(name = "MilestoneInput", description = "A checkpoint; the deadline as dueAt or dueDate")
@JsonIgnoreProperties(value = {"id", "commitmentId", "overdue", "daysOverdue", "createdAt"}, allowGetters = true)
public record MilestoneInput(
        @Schema(examples = "Timetable agreed") @NotBlank @Size(max = 300) @Text String title,
        Instant dueAt,
        LocalDate dueDate,
        @Size(max = 64) String dueZone,
        @Schema(description = "true marks it reached now (unless completedAt is given); false reopens it") Boolean completed,
        Instant completedAt,
        @Schema(description = "What shows it was reached: a link or a reference") @Size(max = 2000) @Text(multiline = true) String evidence,
        @Schema(description = "The version you edited (alternative to If-Match)") Long version) {
}
