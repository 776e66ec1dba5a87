package org.pacta.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.platform.Text;

/** A new API token's name and end, from the API or the account page. */
@Schema(name = "TokenInput")
public record TokenInput(@NotBlank @Size(max = 100) @Text String name,
        @Schema(description = "When it stops working, at most a year ahead") @NotNull Instant expiresAt) {
}
