package org.pacta.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Cell values for CSV files that people open in spreadsheets, and back: the overdue report and plan files write them,
 * the spreadsheet import reads them.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** What a CSV download prints after its header. */
    public interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    /**
     * A CSV file as every download writes it: a byte order mark (spreadsheet programs otherwise read UTF-8 as the
     * system's legacy encoding), the header, the rows (RFC 4180).
     */
    public static void write(Appendable out, String[] header, Rows rows) throws IOException {
        out.append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            rows.print(printer);
        }
    }

    /** The same, as one string. */
    public static String file(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try {
            write(out, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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
