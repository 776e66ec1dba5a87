package org.pacta.agreement;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.platform.Text;

@Schema(name = "HolidayInput", description = "A day off: once (date), or every year (every, MM-DD) in the Gregorian or"
        + " the Solar Hijri calendar; through adds the days up to another MM-DD (Nowruz: every 01-01 through 01-04).")
public record HolidayInput(
        @Schema(description = "A single day off, YYYY-MM-DD", examples = "2026-07-03") String date,
        @Schema(description = "A day off every year, MM-DD", examples = "07-03") String every,
        @Schema(description = "With every: the last day of a run of days off, MM-DD", examples = "01-04") String through,
        @Schema(description = "gregorian (default) or solar-hijri, for every", examples = "solar-hijri") String calendar,
        @Schema(examples = "Independence Day") @Size(max = 200) @Text String name) {
}
