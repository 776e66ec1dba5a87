package org.pacta.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes rows as a reader finds them and keeps the non-empty ones, cells trimmed and empty cells at the end
 * dropped; refuses, as soon as it sees one, a row past the row limit, a value past the column limit or a cell
 * past the length limit. So no file makes Pacta hold more than the limits allow, whatever its size.
 */
final class RowCollector {

    private final boolean lettered;
    private final List<SheetRow> rows = new ArrayList<>();

    /** @param lettered whether columns are named by letters (workbooks) or by numbers (CSV) in messages */
    RowCollector(boolean lettered) {
        this.lettered = lettered;
    }

    /** A row as read, with cells from the first column; null cells are empty. */
    void add(int rowNumber, List<String> cells) {
        int last = -1;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell != null && !isBlank(cell)) {
                last = i;
            }
        }
        if (last < 0) {
            return;
        }
        if (last >= SheetReader.MAX_COLUMNS) {
            String column = columnLabel(last);
            throw SheetRefusals.tooLarge(rowNumber, column,
                    r -> r.sheet_too_many_columns(rowNumber, column, SheetReader.MAX_COLUMNS));
        }
        if (rows.size() >= SheetReader.MAX_ROWS + SheetReader.HEADER_SEARCH) {
            throw SheetRefusals.tooLarge(null, null, r -> r.sheet_too_many_rows(SheetReader.MAX_ROWS));
        }
        List<String> kept = new ArrayList<>(last + 1);
        for (int i = 0; i <= last; i++) {
            String cell = cells.get(i) == null ? "" : trim(cells.get(i));
            if (cell.length() > SheetReader.MAX_CELL) {
                String column = columnLabel(i);
                throw SheetRefusals.tooLarge(rowNumber, column,
                        r -> r.sheet_cell_too_long(rowNumber, column, SheetReader.MAX_CELL));
            }
            kept.add(cell);
        }
        rows.add(new SheetRow(rowNumber, kept));
    }

    List<SheetRow> rows() {
        return rows;
    }

    /** A column as the spreadsheet program names it: "C" in a workbook, "3" in a CSV file. */
    String columnLabel(int index) {
        return lettered ? letters(index) : Integer.toString(index + 1);
    }

    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!space(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Without the spaces around it, no-break spaces included (text copied from web pages brings them). */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && space(s.charAt(start))) {
            start++;
        }
        while (end > start && space(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }
}
