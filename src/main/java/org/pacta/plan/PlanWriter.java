package org.pacta.plan;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.pacta.platform.CsvCells;
import org.pacta.sheet.ImportField;

/**
 * Writes plan rows under the import's own headers ({@link ImportField#header()}, in the fields' order), so that what
 * Pacta writes it reads back. A workbook keeps days as real dates (shown yyyy-mm-dd) and everything else as text, so
 * "1.10" stays "1.10"; CSV is UTF-8 with a byte order mark (spreadsheet programs otherwise guess another encoding),
 * comma-separated, CRLF. No text cell can become a formula: a workbook's text cells never are, and in CSV text
 * that starts like one gets a leading apostrophe ({@link CsvCells}).
 */
public final class PlanWriter {

    public static final String PLAN_SHEET = "Plan";
    public static final String INSTRUCTIONS_SHEET = "Instructions";
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final int FLUSH_EVERY = 1000;
    private static final int MAX_WIDTH = 60;

    private PlanWriter() {
    }

    /** The headers, one per import field, in order. */
    public static List<String> headers() {
        List<String> out = new ArrayList<>();
        for (ImportField f : ImportField.values()) {
            out.add(f.header());
        }
        return out;
    }

    /**
     * @param instructions a second sheet's rows, the first its header (workbooks only; CSV has one table); null for none
     */
    public static void write(PlanFormat format, List<ExportRow> rows, List<List<String>> instructions, OutputStream out)
            throws IOException {
        if (format == PlanFormat.CSV) {
            csv(rows, out);
        } else {
            xlsx(rows, instructions, out);
        }
    }

    private static void csv(List<ExportRow> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            csv.printRecord(headers());
            List<String> record = new ArrayList<>();
            for (ExportRow row : rows) {
                record.clear();
                for (ImportField f : ImportField.values()) {
                    Object cell = row.get(f);
                    record.add(cell instanceof String s ? CsvCells.text(s) : PlanDates.text(cell));
                }
                csv.printRecord(record);
            }
        }
    }

    private static void xlsx(List<ExportRow> rows, List<List<String>> instructions, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Pacta", "1.0");
        Worksheet sheet = workbook.newWorksheet(PLAN_SHEET);
        ImportField[] fields = ImportField.values();
        int[] widths = new int[fields.length];
        for (int c = 0; c < fields.length; c++) {
            sheet.value(0, c, fields[c].header());
            widths[c] = fields[c].header().length();
        }
        header(sheet, fields.length);
        int r = 1;
        for (ExportRow row : rows) {
            for (int c = 0; c < fields.length; c++) {
                Object cell = row.get(fields[c]);
                if (cell instanceof LocalDate day) {
                    sheet.value(r, c, day);
                    sheet.style(r, c).format(DATE_FORMAT).set();
                    widths[c] = Math.max(widths[c], DATE_FORMAT.length());
                } else if (cell instanceof String text) {
                    sheet.value(r, c, text);
                    widths[c] = Math.max(widths[c], longestLine(text));
                }
            }
            if (++r % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        fit(sheet, widths);
        if (instructions != null && !instructions.isEmpty()) {
            Worksheet help = workbook.newWorksheet(INSTRUCTIONS_SHEET);
            int columns = instructions.get(0).size();
            int[] helpWidths = new int[columns];
            for (int i = 0; i < instructions.size(); i++) {
                List<String> line = instructions.get(i);
                for (int c = 0; c < line.size(); c++) {
                    help.value(i, c, line.get(c));
                    helpWidths[c] = Math.max(helpWidths[c], longestLine(line.get(c)));
                }
            }
            header(help, columns);
            help.range(1, 0, instructions.size() - 1, columns - 1).style().wrapText(true).verticalAlignment("top").set();
            fit(help, helpWidths);
        }
        workbook.finish();
    }

    private static void header(Worksheet sheet, int columns) {
        sheet.range(0, 0, 0, columns - 1).style().bold().set();
        sheet.freezePane(0, 1);
    }

    private static void fit(Worksheet sheet, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, Math.min(MAX_WIDTH, widths[c] + 2));
        }
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }
}
