package org.pacta.agreement;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.pacta.platform.Refusal;

/**
 * Holidays read from an iCalendar file (ical4j): each all-day VEVENT is a day off (each of its days when it spans
 * several); one that repeats every year without end (RRULE FREQ=YEARLY) is a yearly Gregorian date. Timed events are
 * not days off and are left out. Pure.
 */
public final class HolidayFile {

    /** One day off read from the file. */
    public record Day(PartyHoliday.Kind kind, Integer month, Integer day, LocalDate date, String name) {
    }

    /** Longer events are not holidays (a whole season off is a mistake in the file). */
    private static final int MAX_DAYS = 31;

    private HolidayFile() {
    }

    /** The days off in {@code ics}; refused (422) when the file cannot be read or has none. */
    public static List<Day> read(String ics) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics == null ? "" : ics));
        } catch (ParserException e) {
            String reason = e.getMessage();
            throw Refusal.invalidField("file", r -> r.ics_unreadable(reason));
        } catch (IOException | RuntimeException e) {
            String reason = String.valueOf(e.getMessage());
            throw Refusal.invalidField("file", r -> r.ics_unreadable(reason));
        }
        List<Day> days = new ArrayList<>();
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            Optional<DtStart<Temporal>> start = event.getStartDate();
            if (start.isEmpty() || !(start.get().getDate() instanceof LocalDate first)) {
                continue;
            }
            String name = event.<Summary>getProperty(Property.SUMMARY).map(Summary::getValue)
                    .filter(s -> !s.isBlank()).map(String::strip).orElse("Holiday");
            name = name.length() > 200 ? name.substring(0, 200) : name;
            Optional<RRule<Temporal>> rule = event.getProperty(Property.RRULE);
            if (rule.isPresent() && yearlyForever(rule.get())) {
                days.add(new Day(PartyHoliday.Kind.YEARLY, first.getMonthValue(), first.getDayOfMonth(), null, name));
                continue;
            }
            Optional<DtEnd<Temporal>> end = event.getEndDate(false);
            LocalDate last = first;
            if (end.isPresent() && end.get().getDate() instanceof LocalDate after && after.isAfter(first)) {
                last = after.minusDays(1);
            }
            if (last.isAfter(first.plusDays(MAX_DAYS - 1L))) {
                last = first.plusDays(MAX_DAYS - 1L);
            }
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                days.add(new Day(PartyHoliday.Kind.DATED, null, null, d, name));
            }
        }
        if (days.isEmpty()) {
            throw Refusal.invalidField("file", r -> r.ics_no_holidays());
        }
        return days;
    }

    private static boolean yearlyForever(RRule<Temporal> rule) {
        var recur = rule.getRecur();
        return recur.getFrequency() == Frequency.YEARLY && recur.getUntil() == null && recur.getCount() < 1
                && recur.getInterval() <= 1;
    }
}
