package org.pacta.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates typed in either calendar and any digits, against ICU's own Persian calendar walked day by day. */
class DateInputTest {

    @Test
    void everyDayOfSolarHijri1300To1500ReadsAndWritesAsIcuSaysInEveryDigitSet() {
        PersianCalendar walk = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        walk.clear();
        walk.set(1300, 0, 1);
        int days = 0;
        while (walk.get(Calendar.EXTENDED_YEAR) <= 1500) {
            String latin = String.format("%04d/%02d/%02d", walk.get(Calendar.EXTENDED_YEAR), walk.get(Calendar.MONTH) + 1,
                    walk.get(Calendar.DAY_OF_MONTH));
            LocalDate gregorian = LocalDate.MIN.with(JulianFields.JULIAN_DAY, walk.get(Calendar.JULIAN_DAY));
            assertThat(latin, DateInput.parse(latin), equalTo(gregorian));
            assertThat(latin, DateInput.parse(in(latin, '\u06F0')), equalTo(gregorian));
            assertThat(latin, DateInput.parse(in(latin, '\u0660').replace('/', '-')), equalTo(gregorian));
            assertThat(DateInput.solarHijri(gregorian), equalTo(latin));
            assertThat(DateInput.parse(in(gregorian.toString(), '\u06F0')), equalTo(gregorian));
            walk.add(Calendar.DATE, 1);
            days++;
        }
        // 201 years of 365 days, 49 of them with a 366th as ICU counts them: none skipped.
        assertThat(days, equalTo(201 * 365 + 49));
    }

    @Test
    void theIssuesExamples() {
        assertThat(DateInput.parse("1405/07/23"), equalTo(LocalDate.of(2026, 10, 15)));
        assertThat(DateInput.parse("۱۴۰۵/۰۷/۲۳"), equalTo(LocalDate.of(2026, 10, 15)));
        assertThat(DateInput.parse("١٤٠٥/٠٧/٢٣"), equalTo(LocalDate.of(2026, 10, 15)));
        assertThat(DateInput.parse(" 2026-10-15 "), equalTo(LocalDate.of(2026, 10, 15)));
        assertThat(DateInput.parse("1398/11/11"), equalTo(LocalDate.of(2020, 1, 31)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1403/12/31", "1404/12/30", "1405/13/01", "1405/00/10", "1405/07/32", "2026-02-30", "2026/10/15",
        "2026-1-5", "15.10.2026", "1405/07", "", "۱۴۰۵/۰۷/۲۳/۱", "14050723"})
    void impossibleOrUnreadableDatesAreRefused(String text) {
        assertThrows(DateTimeException.class, () -> DateInput.parse(text));
    }

    private static String in(String latin, char zero) {
        StringBuilder out = new StringBuilder();
        for (char c : latin.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (zero + c - '0') : c);
        }
        return out.toString();
    }
}
