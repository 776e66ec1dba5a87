package org.pacta.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.platform.Refusals;
import org.pacta.platform.Text;

@Schema(name = "PartyInput", description = "A party to create or replace. On PUT the code comes from the path.")
public record PartyInput(
        @Schema(description = "Short unique code, 2-16 letters, digits, '-' or '_' (upper-cased)", examples = "IR")
        @Pattern(regexp = "[A-Za-z0-9_-]{2,16}", message = Refusals.PARTY_CODE) String code,
        @Schema(examples = "Islamic Republic of Iran") @NotBlank @Size(max = 200) @Text String name,
        @Schema(description = "IANA time zone id", examples = "Asia/Tehran") @NotBlank @Size(max = 64) String timeZone,
        @Schema(description = "The language of the party's messages: en, ru or fa", examples = "fa") @Size(max = 8) String language,
        @Schema(description = "The version you edited (alternative to If-Match)") Long version,
        // A working week left out is Monday to Friday, mornings at 08:00.
        @Schema(description = "Full working days (absent: MONDAY to FRIDAY)", examples = "[\"SATURDAY\",\"SUNDAY\",\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\"]")
        java.util.List<String> workingDays,
        @Schema(description = "A further working day that ends early, such as Iran's Thursday") ShortDay shortDay,
        @Schema(description = "When reminders of a working morning go out (HH:mm, default 08:00)", examples = "08:00")
        String workingMorning) {

    public PartyInput(String code, String name, String timeZone, String language, Long version) {
        this(code, name, timeZone, language, version, null, null, null);
    }

    /** A working day that ends at {@code until} (HH:mm). */
    public record ShortDay(@Schema(examples = "THURSDAY") String day, @Schema(examples = "12:00") String until) {
    }
}
