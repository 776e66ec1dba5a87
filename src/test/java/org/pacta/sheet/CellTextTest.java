package org.pacta.sheet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pacta.sheet.CellText.Kind;

/** A workbook's numbers as the text its reader sees. */
class CellTextTest {

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @CsvSource({
        "45657, DATE, 2024-12-31",
        "1, DATE, 1900-01-01",
        "59, DATE, 1900-02-28",
        "61, DATE, 1900-03-01",
        "45657.75, DATE_TIME, 2024-12-31T18:00",
        "45657.0, DATE_TIME, 2024-12-31",
        "0.5208333333333334, TIME, 12:30",
        "42.0, NUMBER, 42",
        "1E+3, NUMBER, 1000",
        "0.30000000000000004, NUMBER, 0.3",
        "-17.25, NUMBER, -17.25",
        "0.125, PERCENT, 12.5%",
        "99999999, DATE, 99999999",
    })
    void aNumberReadsAsItIsShown(String value, Kind kind, String text) {
        assertThat(CellText.number(new BigDecimal(value), kind, false), equalTo(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "yyyy-mm-dd|DATE", "dd.mm.yyyy|DATE", "d mmm yyyy|DATE", "mmmm yyyy|DATE", "[$-419]d mmmm yyyy \"г.\"|DATE",
        "dd/mm/yyyy hh:mm|DATE_TIME", "h:mm AM/PM|TIME", "[h]:mm:ss|TIME", "mm:ss|TIME", "0%|PERCENT",
        "0.00%|PERCENT", "#,##0.00|NUMBER", "0.00E+00|NUMBER", "General|NUMBER", "0.0 \"days\"|NUMBER",
        "[Red]#,##0;[Blue]-#,##0|NUMBER", "@|NUMBER"})
    void aFormatSaysWhatANumberIs(String format, Kind kind) {
        assertThat(CellText.kind(200, format), equalTo(kind));
    }

    @ParameterizedTest(name = "built-in format {0} → {1}")
    @CsvSource({"14, DATE", "22, DATE_TIME", "20, TIME", "9, PERCENT", "0, NUMBER"})
    void excelsBuiltInFormatsAreKnownByTheirIds(int id, Kind kind) {
        assertThat(CellText.kind(id, null), equalTo(kind));
    }

    @ParameterizedTest(name = "{0} in a 1904 workbook → {1}")
    @CsvSource({"0, 1904-01-01", "44195, 2024-12-31"})
    void workbooksCountingFrom1904(String serial, String date) {
        assertThat(CellText.number(new BigDecimal(serial), Kind.DATE, true), equalTo(date));
    }
}
