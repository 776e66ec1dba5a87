package org.pacta.report;

/** Cell values for CSV files that people open in spreadsheets. */
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
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
