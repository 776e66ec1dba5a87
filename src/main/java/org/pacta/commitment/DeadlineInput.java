package org.pacta.commitment;

import java.time.Instant;
import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.platform.Refusals;
import org.pacta.platform.Text;

@Schema(name = "DeadlineRevision", description = "A new deadline (dueAt or dueDate) and why it moves")
public record DeadlineInput(
        Instant dueAt,
        LocalDate dueDate,
        @Size(max = 64) String dueZone,
        @Schema(examples = "Customs procedures took longer than planned")
        @NotBlank(message = Refusals.DEADLINE_REASON) @Size(max = 2000) @Text(multiline = true) String reason,
        @Size(max = 200) @Text String author) {
}
