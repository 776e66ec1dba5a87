package org.pacta.sheet;

import org.pacta.platform.SolarHijri;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pacta.commitment.DuePrecision.HALF;
import static org.pacta.commitment.DuePrecision.MONTH;
import static org.pacta.commitment.DuePrecision.QUARTER;
import static org.pacta.commitment.DuePrecision.YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pacta.commitment.DuePrecision;

/** A value is shown with its precision, in the reader's language, and what is shown reads back as the same value. */
class SheetDateTest {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale FA = Locale.forLanguageTag("fa");

    @Test
    void periodsAreShownWithTheirPrecision() {
        assertThat(SheetDate.period(QUARTER, 2024, 4, false).label(), equalTo("Q4 2024"));
        assertThat(SheetDate.period(MONTH, 2024, 12, false).label(), equalTo("December 2024"));
        assertThat(SheetDate.period(HALF, 2024, 2, false).label(), equalTo("H2 2024"));
        assertThat(SheetDate.period(YEAR, 2024, 1, false).label(), equalTo("2024"));
        assertThat(SheetDate.day(LocalDate.of(2024, 12, 31)).label(), equalTo("2024-12-31"));
        assertThat(SheetDate.period(MONTH, 1403, 10, true).label(), equalTo("Dey 1403"));
        assertThat(SheetDate.period(QUARTER, 1403, 4, true).label(), equalTo("Q4 1403"));
        assertThat(SheetDate.undated("Ongoing").label(), equalTo("Ongoing"));
    }

    @Test
    void russianAndPersianLabelsUseTheirWordsAndDigits() {
        assertThat(SheetDate.period(QUARTER, 2024, 4, false).label(RU), equalTo("IV квартал 2024"));
        assertThat(SheetDate.period(MONTH, 2024, 12, false).label(RU), equalTo("декабрь 2024"));
        assertThat(SheetDate.period(HALF, 2024, 2, false).label(RU), equalTo("II полугодие 2024"));
        assertThat(SheetDate.period(MONTH, 2024, 12, false).label(FA), equalTo("دسامبر ۲۰۲۴"));
        assertThat(SheetDate.period(MONTH, 1403, 10, true).label(FA), equalTo("دی ۱۴۰۳"));
        assertThat(SheetDate.period(QUARTER, 1403, 4, true).label(FA), equalTo("سه\u200Cماههٔ چهارم ۱۴۰۳"));
        assertThat(SheetDate.period(HALF, 1403, 1, true).label(FA), equalTo("نیمهٔ اول ۱۴۰۳"));
        assertThat(SheetDate.day(LocalDate.of(2024, 12, 31)).label(FA), equalTo("۲۰۲۴-۱۲-۳۱"));
    }

    @Test
    void everyLabelReadsBackAsTheSameValue() {
        List<SheetDate> values = new ArrayList<>();
        values.add(SheetDate.day(LocalDate.of(2024, 2, 29)));
        values.add(SheetDate.undated("90 days after guidance"));
        for (boolean solar : List.of(false, true)) {
            int year = solar ? 1403 : 2024;
            values.add(SheetDate.period(YEAR, year, 1, solar));
            for (int n = 1; n <= 12; n++) {
                values.add(SheetDate.period(MONTH, year, n, solar));
            }
            for (int n = 1; n <= 4; n++) {
                values.add(SheetDate.period(QUARTER, year, n, solar));
            }
            for (int n = 1; n <= 2; n++) {
                values.add(SheetDate.period(HALF, year, n, solar));
            }
        }
        List<String> wrong = new ArrayList<>();
        for (SheetDate value : values) {
            for (Locale locale : List.of(Locale.ENGLISH, RU, FA)) {
                String label = value.label(locale);
                DateColumn.Cell cell = Cells.cell(label);
                if (!value.equals(cell.value())) {
                    wrong.add(label + " read as " + cell.value() + (cell.problem() == null ? "" : cell.problem().english()));
                }
            }
        }
        assertThat(wrong, empty());
    }

    @Test
    void aPeriodOfTheSolarHijriCalendarEndsWithItsMonth() {
        assertThat(SheetDate.period(QUARTER, 1403, 1, true).due(), equalTo(LocalDate.of(2024, 6, 20)));
        assertThat(SheetDate.period(YEAR, 1403, 1, true).due(), equalTo(LocalDate.of(2025, 3, 20)));
        assertThat(SheetDate.period(YEAR, 1402, 1, true).due(), equalTo(LocalDate.of(2024, 3, 19)));
    }

    @Test
    void aValueCannotBeHalfDatedNorADayOfTheSolarHijriCalendar() {
        assertThrows(IllegalArgumentException.class, () -> new SheetDate(LocalDate.of(2024, 1, 1), DuePrecision.DAY, false, "x"));
        assertThrows(IllegalArgumentException.class, () -> new SheetDate(LocalDate.of(2024, 1, 1), DuePrecision.DAY, true, null));
        assertThrows(NullPointerException.class, () -> new SheetDate(null, MONTH, false, null));
        assertThrows(IllegalArgumentException.class, () -> SheetDate.period(QUARTER, 2024, 5, false));
        assertThrows(IllegalArgumentException.class, () -> SheetDate.period(DuePrecision.DAY, 2024, 1, false));
    }
}
