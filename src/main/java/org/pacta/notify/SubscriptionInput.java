package org.pacta.notify;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubscriptionInput", description = "Who is told what, how and when")
@JsonIgnoreProperties(value = {"id", "calendarUrl", "secret", "active", "createdAt", "updatedAt"}, allowGetters = true)
public record SubscriptionInput(
        @Schema(description = "Exactly one of agreementId, commitmentId, party, all")
        @NotNull(message = "say what to follow: {\"agreementId\": 7}, {\"commitmentId\": 9}, {\"party\": \"IR\"} or {\"all\": true}")
        @Valid Scope scope,
        @Schema(description = "email or webhook", examples = "email") @Size(max = 16) String channel,
        @Schema(examples = "monitor@example.org") @Size(max = 320) String email,
        @Schema(examples = "https://hooks.example.org/pacta") @Size(max = 2000) String url,
        @Schema(description = "ISO-8601 durations before each deadline (default P14D, P3D, P1D)")
        @Size(max = 10, message = "at most 10 lead times") List<@Size(max = 40) String> leadTimes,
        @Schema(description = "Remind on the due day (default true)") Boolean onDue,
        @Schema(description = "Tell when the deadline passes (default true)") Boolean onOverdue,
        @Schema(description = "Repeat while overdue (default P7D; \"none\" for never)") @Size(max = 40) String escalateEvery,
        @Schema(description = "After this many repeats the agreement's coordinators hear too (default 3)")
        @Min(0) @Max(1000) Integer escalateAfter,
        @Schema(description = "immediate or daily-digest", examples = "immediate") @Size(max = 16) String delivery,
        @Schema(description = "Local time of the daily digest", examples = "08:00") @Size(max = 5) String digestAt,
        @Schema(description = "IANA zone of digests and quiet hours", examples = "Europe/Minsk") @Size(max = 64) String timeZone,
        @Valid QuietHours quietHours,
        @Schema(description = "Language of the messages: en, ru or fa (default: your account's, else the agreement's"
                + " first party's, else en)", examples = "fa") @Size(max = 8) String language,
        @Schema(description = "The version you edited (alternative to If-Match)") Long version) {

    @Schema(name = "SubscriptionScope")
    public record Scope(Long agreementId, Long commitmentId, @Size(max = 16) String party, Boolean all) {
    }

    @Schema(name = "QuietHours", description = "No immediate message between these local times (may span midnight)")
    public record QuietHours(@NotNull @Size(max = 5) String from, @NotNull @Size(max = 5) String to) {
    }
}
