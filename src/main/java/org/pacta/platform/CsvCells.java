package org.pacta.platform;

/**
 * Cell values for CSV files that people open in spreadsheets, and back: the overdue report and plan files write them,
 * the spreadsheet import reads them.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * Text starting with = + - @ (or a tab or carriage return) would run as a formula in a spreadsheet; a leading
     * apostrophe keeps it text (OWASP's advice for CSV injection).
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return formulaStart(value, 0) ? "'" + value : value;
    }

    /**
     * A cell as {@link #text} wrote it: the apostrophe before a formula's first character is dropped, so that a file
     * exported and imported again says "-5% emissions", not "'-5% emissions". Any other apostrophe is the writer's.
     */
    public static String read(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && formulaStart(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean formulaStart(String value, int at) {
        char c = value.charAt(at);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
