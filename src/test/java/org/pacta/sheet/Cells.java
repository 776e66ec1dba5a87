package org.pacta.sheet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;

/** Reading single cells in tests, and writing their digits in other scripts. */
final class Cells {

    private Cells() {
    }

    static DateColumn.Cell cell(String text) {
        return DateColumn.read(List.of(text)).cell(0);
    }

    /** The value of a cell that must be read without a problem. */
    static SheetDate value(String text) {
        DateColumn.Cell cell = cell(text);
        assertThat(text + " was refused: " + (cell.problem() == null ? "" : cell.problem().english()), cell.problem(), nullValue());
        return cell.value();
    }

    /** The English problem of a cell that must be refused. */
    static String problem(String text) {
        DateColumn.Cell cell = cell(text);
        assertThat(text + " was read as " + cell.value(), cell.problem(), notNullValue());
        return cell.problem().english();
    }

    static String persianDigits(String text) {
        return digits(text, '۰');
    }

    static String arabicDigits(String text) {
        return digits(text, '٠');
    }

    static SheetDate day(int year, int month, int day) {
        return SheetDate.day(LocalDate.of(year, month, day));
    }

    private static String digits(String text, char zero) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (zero + c - '0') : c);
        }
        return out.toString();
    }
}
