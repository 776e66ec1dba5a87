package org.pacta.commitment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.platform.HttpUrl;
import org.pacta.platform.Text;

/** A counterpart's word on a reported completion. Note and evidence follow the rules of a progress update's. */
@Schema(name = "ConfirmationInput", description = "A counterpart confirms or disputes a reported completion")
public record ConfirmationInput(
        @Schema(description = "CONFIRMED or DISPUTED") @NotNull Verdict verdict,
        @Schema(description = "Required to dispute: what is missing or wrong") @Size(max = 5000) @Text(multiline = true) String note,
        @Schema(description = "Links that support the verdict") @Size(max = 20) List<@HttpUrl String> evidence,
        @Schema(description = "The party that speaks, when the official acts for several other parties of the agreement")
        @Size(max = 16) @Text String party) {

    /** What a counterpart may say. */
    public enum Verdict {
        CONFIRMED, DISPUTED;

        Confirmation.Act act() {
            return this == CONFIRMED ? Confirmation.Act.CONFIRMED : Confirmation.Act.DISPUTED;
        }
    }
}
