package org.pacta.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.platform.Text;

@Schema(name = "UserInput")
@JsonIgnoreProperties(value = {"id", "mustChangePassword", "createdAt", "updatedAt"}, allowGetters = true)
public record UserInput(
        @Schema(examples = "official.ir@example.org") @NotBlank @Size(max = 320)
        @Email(message = "must be an email address such as name@example.org") @Text String email,
        @NotBlank @Size(max = 200) @Text String name,
        @Schema(description = "12 to 128 characters; required on creation, optional on PUT") @Size(max = 1000) String password,
        @Schema(description = "admin, official or monitor") @NotBlank @Size(max = 16) String role,
        @Schema(description = "Party codes an official acts for") @Size(max = 50) List<@NotBlank @Size(max = 16) String> parties,
        @Schema(description = "The version you edited (alternative to If-Match)") Long version) {
}
