package org.pacta.sheet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pacta.sheet.Cells.arabicDigits;
import static org.pacta.sheet.Cells.persianDigits;
import static org.pacta.sheet.Cells.problem;
import static org.pacta.sheet.Cells.value;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Items without a date keep their words; a date's shape with an impossible value is a problem, never a guess. */
class DateProblemsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ongoing", "90 days after guidance", "TBD", "Continuous", "N/A", "—", "Постоянно",
            "В течение года", "По мере необходимости", "در طول سال", "مستمر", "پس از تصویب قانون",
            "Within 6 months of signature", "Upon completion of 1.2", "Since 2019"})
    void wordsWithoutADateAreUndatedAndKept(String text) {
        SheetDate value = value("  " + text + " ");

        assertThat(value.undated(), equalTo(true));
        assertThat(value.text(), equalTo(text));
        assertThat(value.due(), nullValue());
        assertThat(value.precision(), nullValue());
        assertThat(value.label(), equalTo(text));
    }

    @Test
    void undatedWordsKeepTheirOwnDigits() {
        assertThat(value("۹۰ روز پس از ابلاغ").text(), equalTo("۹۰ روز پس از ابلاغ"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "31.02.2024|that month has 29 days",
        "29.02.2025|that month has 28 days",
        "2024-13-01|there is no month 13",
        "2024-02-30|that month has 29 days",
        "2024-00|there is no month 0",
        "13/2024|there is no month 13",
        "32/01/2024|that month has 31 days",
        "31 February 2024|that month has 29 days",
        "December 32, 2024|that month has 31 days",
        "31 апреля 2024|that month has 30 days",
        "1403/13/01|there is no month 13",
        "1403/12/31|that month has 30 days",
        "1402/12/30|that month has 29 days",
        "1403/07/31|that month has 30 days",
        "31 مهر 1403|that month has 30 days",
        "31.12.1850|the year 1850 is outside 1900–2200",
        "2201-01-01|the year 2201 is outside 1900–2200",
        "1899|the year 1899 is outside 1900–2200",
        "Q4 2250|the year 2250 is outside 1900–2200",
        "1100/01/01|the year 1100 is outside 1900–2200",
        "11 دی 03|the year 3 is outside 1900–2200",
        "دی 03|has no year",
        "Q5 2024|names no quarter",
        "Q0 2024|names no quarter",
        "V квартал 2024|names no quarter",
        "fifth quarter 2024|names no quarter",
        "سه ماهه پنجم 1403|names no quarter",
        "H3 2024|names no half-year",
        "3 полугодие 2024|names no half-year",
        "31 Decembr 2024|\"decembr\" is not a month name",
        "31 December|has no year",
        "December 31|has no year",
        "31.12|has no year",
        "Q4|has no year",
        "IV квартал|has no year",
        "دی 2024|mixes two calendars",
        "December 1403|mixes two calendars",
        "11 دی 2024|mixes two calendars",
        "2024-2025|is not a date Pacta can read",
        "31.12/2024|is not a date Pacta can read",
        "1/2/345|is not a date Pacta can read",
        "12.5|has no year",
        "12.345|is not a date Pacta can read",
        "7|is not a date Pacta can read"})
    void anImpossibleDateIsAProblemThatNamesTheCellAndWhatWasExpected(String text, String reason) {
        assertThat(problem(text), allOf(containsString("\"" + text + "\""), containsString(reason)));
        assertThat(Cells.cell(persianDigits(text)).problem() != null, equalTo(true));
        assertThat(Cells.cell(arabicDigits(text)).problem() != null, equalTo(true));
    }

    @Test
    void theUnreadableMessageSaysWhatToWrite() {
        assertThat(problem("2024-2025"), equalTo("\"2024-2025\" is not a date Pacta can read: write a day as 2024-12-31 or "
                + "31.12.2024, a month as December 2024, a quarter as Q4 2024, or words such as \"Ongoing\" for an item "
                + "without a fixed date."));
    }

    @Test
    void aProblemNamesTheCellAsTheUserWroteIt() {
        assertThat(problem("۱۴۰۳/۱۲/۳۱"), containsString("\"۱۴۰۳/۱۲/۳۱\""));
    }

    @Test
    void blankCellsAreNeitherValuesNorProblems() {
        DateColumn column = DateColumn.read(java.util.Arrays.asList("", null, "   ", "2024-12-31"));

        assertThat(column.cells().stream().map(DateColumn.Cell::blank).toList(), equalTo(List.of(true, true, true, false)));
    }
}
