package org.pacta.commitment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.platform.HttpUrl;
import org.pacta.platform.Refusals;
import org.pacta.platform.Text;

@Schema(name = "ProgressInput", description = "A progress report; may change the status and percent complete")
public record ProgressInput(
        @Schema(examples = "Rail operators agreed on the timetable") @Size(max = 5000) @Text(multiline = true) String note,
        @Schema(description = "New status; DONE needs at least one evidence link") CommitmentStatus status,
        @Min(value = 0, message = Refusals.PERCENT) @Max(value = 100, message = Refusals.PERCENT) Integer percentComplete,
        @Schema(description = "Links that show the progress") @Size(max = 20) List<@HttpUrl String> evidence,
        @Schema(description = "Who reports it (until accounts exist)") @Size(max = 200) @Text String author) {
}
