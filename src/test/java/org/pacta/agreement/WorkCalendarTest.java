package org.pacta.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pacta.platform.Refusal;

/** A party's working week and holidays, without the application. */
class WorkCalendarTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    /** Iran: Saturday to Wednesday, Thursday until 12:00, Friday off; Nowruz 1-4 Farvardin. */
    private static final WorkCalendar IRAN = new WorkCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY,
            DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), DayOfWeek.THURSDAY, LocalTime.of(12, 0), null,
            Map.of(), Map.of(new WorkCalendar.SolarDay(1, 1), "Nowruz", new WorkCalendar.SolarDay(1, 2), "Nowruz",
                    new WorkCalendar.SolarDay(1, 3), "Nowruz", new WorkCalendar.SolarDay(1, 4), "Nowruz"), Map.of());

    /** Belarus: Monday to Friday, Independence Day on 3 July every year, and one dated day off. */
    private static final WorkCalendar BELARUS = WorkCalendar.DEFAULT.withHolidays(
            Map.of(MonthDay.of(7, 3), "Independence Day"), Map.of(), Map.of(LocalDate.of(2026, 11, 9), "Bridge day"));

    @Test
    void nowruzIsFarvardinOneToFourOf1405() {
        for (LocalDate d = LocalDate.of(2026, 3, 21); !d.isAfter(LocalDate.of(2026, 3, 24)); d = d.plusDays(1)) {
            assertEquals(Optional.of("Nowruz"), IRAN.holiday(d), d.toString());
            assertFalse(IRAN.isWorkingDay(d), d.toString());
        }
        assertTrue(IRAN.isWorkingDay(LocalDate.of(2026, 3, 25)), "5 Farvardin, a Wednesday");
        assertEquals(Optional.empty(), IRAN.holiday(LocalDate.of(2026, 3, 20)));
        // The next working morning after Nowruz morning 1405 in Tehran is Wednesday 25 March at 08:00.
        assertEquals(Instant.parse("2026-03-25T04:30:00Z"),
                IRAN.nextWorkingMorning(Instant.parse("2026-03-21T04:30:00Z"), TEHRAN));
    }

    @Test
    void fridayInTehranIsOffAndTheMorningMovesToSaturday() {
        LocalDate friday = LocalDate.of(2026, 4, 3);
        assertEquals(DayOfWeek.FRIDAY, friday.getDayOfWeek());
        assertFalse(IRAN.isWorkingDay(friday));
        Instant fridayMorning = friday.atTime(8, 0).atZone(TEHRAN).toInstant();
        assertEquals(LocalDateTime.of(2026, 4, 4, 8, 0), IRAN.nextWorkingMorning(fridayMorning, TEHRAN).atZone(TEHRAN)
                .toLocalDateTime());
        assertEquals(LocalDateTime.of(2026, 4, 4, 8, 0), IRAN.sameTimeOnWorkingDay(fridayMorning, TEHRAN).atZone(TEHRAN)
                .toLocalDateTime());
    }

    @Test
    void thursdayInIranIsWorkedUntilNoon() {
        LocalDate thursday = LocalDate.of(2026, 4, 2);
        assertTrue(IRAN.isWorkingDay(thursday));
        assertTrue(IRAN.isWorkingAt(thursday.atTime(11, 59)));
        assertFalse(IRAN.isWorkingAt(thursday.atTime(12, 0)));
        // A digest at 14:00 on Thursday waits for Saturday 14:00; one at 08:00 goes out on Thursday.
        Instant afternoon = thursday.atTime(14, 0).atZone(TEHRAN).toInstant();
        assertEquals(LocalDateTime.of(2026, 4, 4, 14, 0), IRAN.sameTimeOnWorkingDay(afternoon, TEHRAN).atZone(TEHRAN)
                .toLocalDateTime());
        Instant morning = thursday.atTime(8, 0).atZone(TEHRAN).toInstant();
        assertEquals(morning, IRAN.sameTimeOnWorkingDay(morning, TEHRAN));
        assertEquals(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), IRAN.workingDays());
    }

    @Test
    void belarusianIndependenceDayIsOffEveryYear() {
        assertEquals(Optional.of("Independence Day"), BELARUS.holiday(LocalDate.of(2026, 7, 3)));
        assertEquals(Optional.of("Independence Day"), BELARUS.holiday(LocalDate.of(2027, 7, 3)));
        assertFalse(BELARUS.isWorkingDay(LocalDate.of(2026, 7, 3)), "a Friday, but a holiday");
        // The morning of 3 July 2026 (Friday) moves to Monday 6 July, 08:00 in Minsk.
        assertEquals(LocalDateTime.of(2026, 7, 6, 8, 0), BELARUS.nextWorkingMorning(
                Instant.parse("2026-07-03T05:00:00Z"), MINSK).atZone(MINSK).toLocalDateTime());
        assertFalse(BELARUS.isWorkingDay(LocalDate.of(2026, 11, 9)));
        assertTrue(BELARUS.isWorkingDay(LocalDate.of(2027, 11, 9)), "a dated holiday is not yearly");
    }

    @Test
    void mondayToFridayByDefault() {
        WorkCalendar week = WorkCalendar.DEFAULT;
        assertTrue(week.isWorkingDay(LocalDate.of(2026, 3, 20)), "Friday");
        assertFalse(week.isWorkingDay(LocalDate.of(2026, 3, 21)), "Saturday");
        assertFalse(week.isWorkingDay(LocalDate.of(2026, 3, 22)), "Sunday");
        assertEquals(LocalTime.of(8, 0), week.morning());
        // Before the morning on a working day, that same morning; after it, the next working one.
        assertEquals(Instant.parse("2026-03-20T08:00:00Z"), week.nextWorkingMorning(Instant.parse("2026-03-20T06:00:00Z"),
                ZoneId.of("UTC")));
        assertEquals(Instant.parse("2026-03-23T08:00:00Z"), week.nextWorkingMorning(Instant.parse("2026-03-20T08:00:01Z"),
                ZoneId.of("UTC")));
    }

    @Test
    void countsAndAddsWorkingDays() {
        // Monday 29 June to Monday 6 July 2026 in Belarus: 29, 30 June, 1, 2 July (3 July is a holiday).
        assertEquals(4, BELARUS.workingDaysBetween(LocalDate.of(2026, 6, 29), LocalDate.of(2026, 7, 6)));
        assertEquals(-4, BELARUS.workingDaysBetween(LocalDate.of(2026, 7, 6), LocalDate.of(2026, 6, 29)));
        assertEquals(LocalDate.of(2026, 7, 7), BELARUS.plusWorkingDays(LocalDate.of(2026, 7, 1), 3));
        // Iran from Wednesday 18 March (1404/12/27) to Saturday 28 March: 18, 19 (Thursday), 25, 26 (Thursday).
        assertEquals(4, IRAN.workingDaysBetween(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 28)));
        assertEquals(LocalDate.of(2026, 3, 25), IRAN.plusWorkingDays(LocalDate.of(2026, 3, 19), 1));
    }

    @Test
    void icsAllDayEventsAreHolidaysAndAYearlyRuleIsAYearlyDate() {
        String ics = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Test//Holidays//EN\r
                BEGIN:VEVENT\r
                UID:independence@example.org\r
                DTSTAMP:20260101T000000Z\r
                DTSTART;VALUE=DATE:20260703\r
                RRULE:FREQ=YEARLY\r
                SUMMARY:Independence Day\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:newyear@example.org\r
                DTSTAMP:20260101T000000Z\r
                DTSTART;VALUE=DATE:20270101\r
                DTEND;VALUE=DATE:20270103\r
                SUMMARY:New Year\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:meeting@example.org\r
                DTSTAMP:20260101T000000Z\r
                DTSTART:20260704T100000Z\r
                SUMMARY:A meeting, not a holiday\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        assertEquals(List.of(new HolidayFile.Day(PartyHoliday.Kind.YEARLY, 7, 3, null, "Independence Day"),
                new HolidayFile.Day(PartyHoliday.Kind.DATED, null, null, LocalDate.of(2027, 1, 1), "New Year"),
                new HolidayFile.Day(PartyHoliday.Kind.DATED, null, null, LocalDate.of(2027, 1, 2), "New Year")),
                HolidayFile.read(ics));
    }

    @Test
    void malformedOrEmptyIcsIsRefused() {
        assertThrows(Refusal.class, () -> HolidayFile.read("BEGIN:VCALENDAR\r\nthis is not a calendar"));
        assertThrows(Refusal.class, () -> HolidayFile.read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n"));
    }
}
