package org.pacta.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Party")
public record PartyView(String code, String name, String timeZone, String language, long version,
        java.util.List<String> workingDays, PartyInput.ShortDay shortDay, String workingMorning) {

    public static PartyView of(Party p) {
        WorkCalendar week = p.workingWeek();
        return new PartyView(p.code, p.name, p.timeZone, p.language, p.version,
                week.days().stream().sorted().map(Enum::name).toList(),
                week.shortDay() == null ? null : new PartyInput.ShortDay(week.shortDay().name(), week.shortUntil().toString()),
                week.morning().toString());
    }
}
