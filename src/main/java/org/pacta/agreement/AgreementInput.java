package org.pacta.agreement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.platform.HttpUrl;
import org.pacta.platform.Refusals;
import org.pacta.platform.Text;

@Schema(name = "AgreementInput", description = "An agreement to create or replace.")
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt", "nextReviewAt"}, allowGetters = true)
public record AgreementInput(
        @Schema(examples = "Roadmap for comprehensive cooperation") @NotBlank @Size(max = 300) @Text String title,
        @Size(max = 10_000) @Text(multiline = true) String summary,
        @Schema(examples = "2023-03-13") LocalDate signedOn,
        @Size(max = 200) @Text String place,
        @Size(max = 2000) @HttpUrl String sourceUrl,
        @Schema(description = "Defaults to ACTIVE") AgreementStatus status,
        @Schema(description = "Party codes, at least one", examples = "[\"IR\", \"BY\"]")
        @NotEmpty(message = Refusals.PARTIES) @Size(max = 50) List<@NotBlank String> parties,
        @Schema(description = "RFC 5545 RRULE for scheduled reviews", examples = "FREQ=MONTHLY;INTERVAL=3")
        @Size(max = 500) @Text String reviewSchedule,
        @Schema(description = "Readable without signing in (default false)") @com.fasterxml.jackson.annotation.JsonProperty("public") Boolean isPublic,
        @Schema(description = "Zone of the review schedule; defaults to the first party's zone") @Size(max = 64) String reviewZone,
        @Schema(description = "Remind each commitment's owner by email without a subscription (default true)") Boolean remindOwners,
        @Schema(description = "Emails told of escalations after the configured number of repeats")
        @Size(max = 20) List<@NotBlank @Size(max = 320) @Email(message = Refusals.EMAIL) @Text String> coordinators,
        @Schema(description = "The version you edited (alternative to If-Match)") Long version,
        @Schema(description = "Escalations repeat every so many working days of the responsible party instead of calendar"
                + " days (default false; absent on a replace keeps what is set)") Boolean escalationInWorkingDays) {

    public AgreementInput(String title, String summary, LocalDate signedOn, String place, String sourceUrl,
            AgreementStatus status, List<String> parties, String reviewSchedule, Boolean isPublic, String reviewZone,
            Boolean remindOwners, List<String> coordinators, Long version) {
        this(title, summary, signedOn, place, sourceUrl, status, parties, reviewSchedule, isPublic, reviewZone, remindOwners,
                coordinators, version, null);
    }
}
