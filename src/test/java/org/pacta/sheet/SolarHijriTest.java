package org.pacta.sheet;

import org.pacta.platform.SolarHijri;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Solar Hijri dates, checked day by day against ICU's PersianCalendar over 1300–1500 (1921–2122): the text a plan
 * writes reads as the Gregorian day ICU gives, and that day's Solar Hijri fields in ICU are the ones written.
 */
@SuppressWarnings("deprecation") // ICU marks PersianCalendar's constructors deprecated; the calendar itself is the reference
class SolarHijriTest {

    @Test
    void everyDayFrom1300To1500ReadsAsIcuSaysInBothDirections() {
        PersianCalendar walk = persian();
        walk.set(1300, 0, 1);
        LocalDate expected = gregorian(walk);
        assertThat("Nowruz 1300", expected, equalTo(LocalDate.of(1921, 3, 21)));

        List<String> cells = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        List<int[]> fields = new ArrayList<>();
        while (walk.get(Calendar.EXTENDED_YEAR) <= 1500) {
            int y = walk.get(Calendar.EXTENDED_YEAR);
            int m = walk.get(Calendar.MONTH) + 1;
            int d = walk.get(Calendar.DAY_OF_MONTH);
            String text = switch (days.size() % 4) {
                case 0 -> "%d/%02d/%02d".formatted(y, m, d);
                case 1 -> Cells.persianDigits("%d/%d/%d".formatted(y, m, d));
                case 2 -> Cells.arabicDigits("%d-%02d-%02d".formatted(y, m, d));
                default -> Cells.persianDigits(d + " " + SolarHijri.monthName(m, Locale.forLanguageTag("fa")) + " " + y);
            };
            cells.add(text);
            days.add(expected);
            fields.add(new int[] {y, m, d});
            walk.add(Calendar.DATE, 1);
            expected = expected.plusDays(1);
            assertThat(gregorian(walk), equalTo(expected));
        }
        assertThat(days.size(), equalTo(73_414));

        DateColumn column = DateColumn.read(cells);

        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            SheetDate value = column.cell(i).value();
            if (value == null || !value.due().equals(days.get(i))) {
                wrong.add(cells.get(i) + " read as " + value + ", ICU says " + days.get(i));
                continue;
            }
            int[] f = fields.get(i);
            PersianCalendar back = persian();
            back.setTimeInMillis(value.due().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            int[] icu = {back.get(Calendar.EXTENDED_YEAR), back.get(Calendar.MONTH) + 1, back.get(Calendar.DAY_OF_MONTH)};
            SolarHijri.Date ours = SolarHijri.of(value.due());
            if (!java.util.Arrays.equals(icu, f) || !ours.equals(new SolarHijri.Date(f[0], f[1], f[2]))) {
                wrong.add(cells.get(i) + " → " + value.due() + " → ICU " + java.util.Arrays.toString(icu) + ", ours " + ours);
            }
        }
        assertThat(wrong, empty());
    }

    @Test
    void monthLengthsAndLeapYearsAreIcus() {
        List<String> wrong = new ArrayList<>();
        for (int year = 1300; year <= 1500; year++) {
            for (int month = 1; month <= 12; month++) {
                PersianCalendar c = persian();
                c.set(year, month - 1, 1);
                int icu = c.getActualMaximum(Calendar.DAY_OF_MONTH);
                if (SolarHijri.monthLength(year, month) != icu) {
                    wrong.add(year + "/" + month + ": " + SolarHijri.monthLength(year, month) + " days, ICU " + icu);
                }
                String past = year + "/" + month + "/" + (icu + 1);
                if (Cells.cell(past).problem() == null) {
                    wrong.add(past + " was read as " + Cells.cell(past).value());
                }
            }
        }
        assertThat(wrong, empty());
        assertThat(SolarHijri.isLeapYear(1399), equalTo(true));
        assertThat(SolarHijri.isLeapYear(1403), equalTo(true));
        assertThat(SolarHijri.isLeapYear(1402), equalTo(false));
    }

    @Test
    void knownDaysConvertBothWays() {
        assertThat(SolarHijri.toGregorian(1403, 10, 11), equalTo(LocalDate.of(2024, 12, 31)));
        assertThat(SolarHijri.toGregorian(1403, 1, 1), equalTo(LocalDate.of(2024, 3, 20)));
        assertThat(SolarHijri.toGregorian(1404, 1, 1), equalTo(LocalDate.of(2025, 3, 21)));
        assertThat(SolarHijri.toGregorian(1403, 12, 30), equalTo(LocalDate.of(2025, 3, 20)));
        assertThat(SolarHijri.of(LocalDate.of(2024, 12, 31)), equalTo(new SolarHijri.Date(1403, 10, 11)));
        assertThat(SolarHijri.endOfMonth(1403, 10), equalTo(LocalDate.of(2025, 1, 19)));
    }

    @Test
    void daysTheCalendarDoesNotHaveAreRefused() {
        assertThat(assertThrows(DateTimeException.class, () -> SolarHijri.toGregorian(1402, 12, 30)).getMessage(),
                containsString("29 days"));
        assertThrows(DateTimeException.class, () -> SolarHijri.toGregorian(1403, 13, 1));
        assertThrows(DateTimeException.class, () -> SolarHijri.toGregorian(1403, 7, 31));
        assertThrows(DateTimeException.class, () -> SolarHijri.toGregorian(1403, 1, 0));
    }

    @Test
    void monthsAreNamedInEachLanguage() {
        assertThat(SolarHijri.monthName(10, Locale.forLanguageTag("fa")), equalTo("دی"));
        assertThat(SolarHijri.monthName(10, Locale.forLanguageTag("ru")), equalTo("дей"));
        assertThat(SolarHijri.monthName(10, Locale.ENGLISH), equalTo("Dey"));
        assertThat(SolarHijri.monthName(1, Locale.ENGLISH), equalTo("Farvardin"));
        assertThat(SolarHijri.monthName(12, Locale.forLanguageTag("fa")), equalTo("اسفند"));
    }

    @Test
    void everyMonthNameReadsInEveryScript() {
        for (int month = 1; month <= 12; month++) {
            for (String language : List.of("fa", "ru", "en")) {
                String name = SolarHijri.monthName(month, Locale.forLanguageTag(language));
                assertThat(name, Cells.value("1 " + name + " 1403").due(), equalTo(SolarHijri.toGregorian(1403, month, 1)));
            }
        }
    }

    private static PersianCalendar persian() {
        PersianCalendar c = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        c.clear();
        return c;
    }

    private static LocalDate gregorian(PersianCalendar c) {
        return Instant.ofEpochMilli(c.getTimeInMillis()).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
