package org.pacta.commitment;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.platform.HttpUrl;
import org.pacta.platform.Text;

/** The responsible party's answer to a dispute, usually more evidence. */
@Schema(name = "ConfirmationAnswer", description = "The responsible party answers a dispute")
public record ConfirmationAnswer(
        @Schema(examples = "The signed protocol is now attached") @Size(max = 5000) @Text(multiline = true) String note,
        @Schema(description = "Links that show the completion") @Size(max = 20) List<@HttpUrl String> evidence) {
}
