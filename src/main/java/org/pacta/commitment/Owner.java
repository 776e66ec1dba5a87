package org.pacta.commitment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.platform.Refusals;
import org.pacta.platform.Text;

@Schema(name = "Owner", description = "The person who must act on a commitment")
public record Owner(
        @Schema(examples = "Ali Rezaei") @Size(max = 200) @Text String name,
        @Schema(examples = "a.rezaei@example.org") @Size(max = 320) @Email(message = Refusals.EMAIL) @Text String email) {
}
