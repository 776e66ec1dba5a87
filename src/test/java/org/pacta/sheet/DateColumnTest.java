package org.pacta.sheet;

import org.pacta.platform.SolarHijri;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pacta.sheet.Cells.day;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacta.commitment.DuePrecision;

/** What only the whole column settles: the order of day and month, and whether bare numbers are dates. */
class DateColumnTest {

    @Test
    void oneCellWithTheDayAbove12MakesTheWholeColumnDayFirst() {
        DateColumn column = DateColumn.read(List.of("03/04/2024", "31/12/2024", "2025-01-15", "Ongoing"));

        assertThat(values(column).subList(0, 3), equalTo(List.of(day(2024, 4, 3), day(2024, 12, 31), day(2025, 1, 15))));
        assertThat(column.order(), equalTo(DateOrder.DMY));
        assertThat(column.askOrder(), equalTo(false));
    }

    @Test
    void oneCellWithTheSecondNumberAbove12MakesItMonthFirst() {
        DateColumn column = DateColumn.read(List.of("03/04/2024", "12/31/2024"));

        assertThat(values(column), equalTo(List.of(day(2024, 3, 4), day(2024, 12, 31))));
        assertThat(column.order(), equalTo(DateOrder.MDY));
        assertThat(column.askOrder(), equalTo(false));
    }

    @Test
    void theOrderIsSettledInPersianDigitsToo() {
        DateColumn column = DateColumn.read(List.of("۰۳/۰۴/۲۰۲۴", "۳۱/۱۲/۲۰۲۴", "٠٥/٠٦/٢٠٢٤"));

        assertThat(values(column), equalTo(List.of(day(2024, 4, 3), day(2024, 12, 31), day(2024, 6, 5))));
    }

    @Test
    void aSolarHijriColumnWithTheDayFirstIsSettledTheSameWay() {
        DateColumn column = DateColumn.read(List.of("۱۱/۱۰/۱۴۰۳", "۲۰/۰۱/۱۴۰۴"));

        assertThat(values(column), equalTo(List.of(day(2024, 12, 31), day(2025, 4, 9))));
    }

    @Test
    void whenNoCellSettlesTheOrderTheCallerIsToldToAskAndNothingIsGuessed() {
        DateColumn column = DateColumn.read(List.of("03/04/2024", "05/06/2024", "07/07/2024", "2024-12-31"));

        assertThat(column.askOrder(), equalTo(true));
        assertThat(column.order(), nullValue());
        assertThat(column.ambiguousExample(), equalTo("03/04/2024"));
        assertThat(column.cell(0).problem().english(), allOf(containsString("\"03/04/2024\""),
                containsString("can be read with the day first or with the month first")));
        assertThat(column.cell(1).value(), nullValue());
        assertThat(column.cell(2).value(), equalTo(day(2024, 7, 7)));
        assertThat(column.cell(3).value(), equalTo(day(2024, 12, 31)));
    }

    @Test
    void theAnswerReadsTheColumnInTheChosenOrder() {
        List<String> cells = List.of("03/04/2024", "05/06/2024");

        assertThat(values(DateColumn.read(cells, DateOrder.DMY, null)), equalTo(List.of(day(2024, 4, 3), day(2024, 6, 5))));
        DateColumn monthFirst = DateColumn.read(cells, DateOrder.MDY, null);
        assertThat(values(monthFirst), equalTo(List.of(day(2024, 3, 4), day(2024, 5, 6))));
        assertThat(monthFirst.askOrder(), equalTo(false));
        assertThat(monthFirst.order(), equalTo(DateOrder.MDY));
    }

    @Test
    void anAssumedOrderReadsAnUnsettledColumnButStillAsks() {
        DateColumn column = DateColumn.read(List.of("03/04/2024", "05/06/2024"), null, DateOrder.DMY);

        assertThat(values(column), equalTo(List.of(day(2024, 4, 3), day(2024, 6, 5))));
        assertThat(column.order(), equalTo(DateOrder.DMY));
        assertThat(column.askOrder(), equalTo(true));
    }

    @Test
    void anAssumedOrderGivesWayToTheCells() {
        DateColumn column = DateColumn.read(List.of("03/04/2024", "12/31/2024"), null, DateOrder.DMY);

        assertThat(values(column), equalTo(List.of(day(2024, 3, 4), day(2024, 12, 31))));
        assertThat(column.askOrder(), equalTo(false));
    }

    @Test
    void cellsThatDisagreeAreEachAProblemNamingBothExamples() {
        DateColumn column = DateColumn.read(List.of("31/12/2024", "12/31/2024", "03/04/2024", "05/05/2024", "31/02/2024"));

        for (int i = 0; i < 3; i++) {
            assertThat(column.cell(i).value(), nullValue());
            assertThat(column.cell(i).problem().english(), allOf(containsString("\"" + column.cell(i).text() + "\""),
                    containsString("day first (such as \"31/12/2024\")"), containsString("month first (such as \"12/31/2024\")")));
        }
        assertThat(column.cell(3).value(), equalTo(day(2024, 5, 5)));
        assertThat(column.cell(4).problem().english(), containsString("that month has 29 days"));
        assertThat(column.askOrder(), equalTo(true));
        assertThat(column.order(), nullValue());
    }

    @Test
    void onceTheOrderIsChosenOnlyTheCellsAgainstItAreProblems() {
        List<String> cells = List.of("31/12/2024", "12/31/2024", "03/04/2024");

        DateColumn dayFirst = DateColumn.read(cells, DateOrder.DMY, null);
        assertThat(dayFirst.cell(0).value(), equalTo(day(2024, 12, 31)));
        assertThat(dayFirst.cell(1).problem().english(), equalTo(
                "\"12/31/2024\" cannot be read with the day first, the order of this column's dates (as in 31/12/2024)."));
        assertThat(dayFirst.cell(2).value(), equalTo(day(2024, 4, 3)));
        assertThat(dayFirst.askOrder(), equalTo(false));

        DateColumn monthFirst = DateColumn.read(cells, DateOrder.MDY, DateOrder.DMY);
        assertThat(monthFirst.cell(0).problem().english(), containsString("cannot be read with the month first"));
        assertThat(monthFirst.cell(1).value(), equalTo(day(2024, 12, 31)));
        assertThat(monthFirst.cell(2).value(), equalTo(day(2024, 3, 4)));
    }

    @Test
    void excelSerialsCountTheLeapDayOf1900ThatNeverWas() {
        assertThat(DateColumn.excelSerial(1), equalTo(LocalDate.of(1900, 1, 1)));
        assertThat(DateColumn.excelSerial(59), equalTo(LocalDate.of(1900, 2, 28)));
        assertThat(DateColumn.excelSerial(61), equalTo(LocalDate.of(1900, 3, 1)));
        assertThat(DateColumn.excelSerial(45657), equalTo(LocalDate.of(2024, 12, 31)));
        assertThat(DateColumn.excelSerial(45658), equalTo(LocalDate.of(2025, 1, 1)));
        assertThrows(DateTimeException.class, () -> DateColumn.excelSerial(60));
        assertThrows(DateTimeException.class, () -> DateColumn.excelSerial(0));
    }

    @Test
    void excelSerialsAmongDatesAreDates() {
        DateColumn column = DateColumn.read(List.of("45657", "۴۵۶۵۸", "45292.75", "45383,5", "2024-06-30", "Ongoing"));

        assertThat(values(column).subList(0, 5), equalTo(List.of(day(2024, 12, 31), day(2025, 1, 1), day(2024, 1, 1),
                day(2024, 4, 1), day(2024, 6, 30))));
    }

    @Test
    void aYearAloneIsAYearInAColumnOfDates() {
        DateColumn column = DateColumn.read(List.of("2024", "Q1 2025", "45657", "۱۴۰۳"));

        assertThat(values(column), equalTo(List.of(SheetDate.period(DuePrecision.YEAR, 2024, 1, false),
                SheetDate.period(DuePrecision.QUARTER, 2025, 1, false), day(2024, 12, 31),
                SheetDate.period(DuePrecision.YEAR, 1403, 1, true))));
    }

    @Test
    void numbersThatAreNotDatesMakeNoNumberOfTheColumnADate() {
        DateColumn column = DateColumn.read(List.of("45657", "2024", "15", "2024-12-31"));

        assertThat(column.cell(0).problem().english(), equalTo("\"45657\" is a number, and this column also has numbers "
                + "that are not dates (such as \"15\"), so none of them is read as a date; write dates as 2024-12-31."));
        assertThat(column.cell(1).problem().english(), containsString("\"2024\" is a number"));
        assertThat(column.cell(2).problem().english(), containsString("\"15\" is not a date"));
        assertThat(column.cell(3).value(), equalTo(day(2024, 12, 31)));
    }

    @Test
    void numbersTooLargeForADateAreNotSerials() {
        assertThat(Cells.problem("999999"), containsString("is not a date"));
        assertThat(Cells.problem("1234567"), containsString("is not a date"));
    }

    @Test
    void aLongColumnIsReadCellByCellInItsOrder() {
        List<String> cells = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 10_000; i++) {
            LocalDate d = start.plusDays(i % 3000);
            cells.add(i % 2 == 0 ? "%02d.%02d.%d".formatted(d.getDayOfMonth(), d.getMonthValue(), d.getYear()) : d.toString());
        }

        DateColumn column = DateColumn.read(cells);

        for (int i = 0; i < cells.size(); i++) {
            assertThat(column.cell(i).value(), equalTo(SheetDate.day(start.plusDays(i % 3000))));
        }
        assertThat(column.order(), equalTo(DateOrder.DMY));
    }

    private static List<SheetDate> values(DateColumn column) {
        return column.cells().stream().map(DateColumn.Cell::value).toList();
    }
}
