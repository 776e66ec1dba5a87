package org.pacta.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Holiday")
public record HolidayView(long id,
        @Schema(description = "yearly, yearly-solar-hijri or dated") String kind,
        @Schema(description = "MM-DD for a yearly day (in its calendar), YYYY-MM-DD for a dated one") String date,
        String name) {

    public static HolidayView of(PartyHoliday h) {
        String kind = switch (h.kind) {
            case YEARLY -> "yearly";
            case YEARLY_SOLAR_HIJRI -> "yearly-solar-hijri";
            case DATED -> "dated";
        };
        String date = h.kind == PartyHoliday.Kind.DATED ? h.onDate.toString() : String.format("%02d-%02d", h.month, h.day);
        return new HolidayView(h.id, kind, date, h.name);
    }
}
