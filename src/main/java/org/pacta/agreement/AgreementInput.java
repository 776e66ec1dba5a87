package org.pacta.agreement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.platform.HttpUrl;
import org.pacta.platform.Text;

@Schema(name = "AgreementInput", description = "An agreement to create or replace.")
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt"}, allowGetters = true)
public record AgreementInput(
        @Schema(examples = "Roadmap for comprehensive cooperation") @NotBlank @Size(max = 300) @Text String title,
        @Size(max = 10_000) @Text(multiline = true) String summary,
        @Schema(examples = "2023-03-13") LocalDate signedOn,
        @Size(max = 200) @Text String place,
        @Size(max = 2000) @HttpUrl String sourceUrl,
        @Schema(description = "Defaults to ACTIVE") AgreementStatus status,
        @Schema(description = "Party codes, at least one", examples = "[\"IR\", \"BY\"]")
        @NotEmpty(message = "must name at least one party") @Size(max = 50) List<@NotBlank String> parties,
        @Schema(description = "RFC 5545 RRULE for scheduled reviews", examples = "FREQ=MONTHLY;INTERVAL=3")
        @Size(max = 500) @Text String reviewSchedule,
        @Schema(description = "The version you edited (alternative to If-Match)") Long version) {
}
