package org.pacta.commitment;

import java.time.Instant;
import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.platform.Refusals;
import org.pacta.platform.Text;

@Schema(name = "DeadlineRevision", description = "A new deadline (dueAt or dueDate) and why it moves; for an undated"
        + " commitment, its first date, which becomes its baseline")
public record DeadlineInput(
        Instant dueAt,
        LocalDate dueDate,
        @Size(max = 64) String dueZone,
        @Schema(examples = "Customs procedures took longer than planned")
        @NotBlank(message = Refusals.DEADLINE_REASON) @Size(max = 2000) @Text(multiline = true) String reason,
        @Size(max = 200) @Text String author,
        @Schema(description = "DAY (default), MONTH, QUARTER, HALF or YEAR: dueDate names any day of that period") DuePrecision duePrecision) {

    public DeadlineInput(Instant dueAt, LocalDate dueDate, String dueZone, String reason, String author) {
        this(dueAt, dueDate, dueZone, reason, author, null);
    }
}
