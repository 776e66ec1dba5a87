package org.pacta.commitment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something to know about a deadline that is accepted all the same: it falls on a day off of the responsible party. */
@Schema(name = "Warning")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadlineWarning(
        @Schema(examples = "non-working-day") String code,
        @Schema(examples = "2026-03-21 is a holiday for IR (Nowruz); the deadline falls on a day off.") String message,
        LocalDate date,
        @Schema(description = "The responsible party's code") String party,
        @Schema(description = "The holiday's name; absent for a day off of the working week") String holiday) {

    public static final String NON_WORKING_DAY = "non-working-day";

    static DeadlineWarning nonWorkingDay(LocalDate date, String party, String holiday) {
        String message = holiday == null ? date + " is not a working day for " + party + "; the deadline falls on a day off."
                : date + " is a holiday for " + party + " (" + holiday + "); the deadline falls on a day off.";
        return new DeadlineWarning(NON_WORKING_DAY, message, date, party, holiday);
    }
}
