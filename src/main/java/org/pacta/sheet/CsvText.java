package org.pacta.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pacta.platform.Refusal;
import org.pacta.platform.CsvCells;
import org.pacta.platform.Phrase;

/**
 * The rows of a delimited text file, read with Apache Commons CSV. The delimiter is the one of ',', ';' and tab
 * that splits the first lines most consistently, quotes respected (a spreadsheet program saves with ';' where the
 * decimal separator is a comma, as in Russian and Persian settings); Excel's own "sep=;" first line, when there,
 * decides. Row numbers are record numbers, as a spreadsheet program numbers the rows when it opens the file. A cell
 * that Pacta's own CSV kept from running as a formula ({@link CsvCells}) loses that apostrophe again.
 */
final class CsvText {

    static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int SAMPLE_RECORDS = 50;
    private static final int SAMPLE_CHARS = 64 * 1024;

    private CsvText() {
    }

    /** Reads the text into the collector; answers the delimiter used. */
    static char read(String text, String fileName, RowCollector out) {
        checkIsTable(text);
        char delimiter;
        String body = text;
        String first = body.lines().findFirst().orElse("");
        if (first.length() == 5 && first.toLowerCase(Locale.ROOT).startsWith("sep=")) {
            delimiter = first.charAt(4);
            int end = body.indexOf('\n');
            body = end < 0 ? "" : body.substring(end + 1);
        } else {
            delimiter = detect(body, fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".tsv"));
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        long lastRecord = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                lastRecord = record.getRecordNumber();
                out.add((int) lastRecord, record.stream().map(CsvCells::read).toList());
            }
        } catch (Refusal e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // Commons CSV names its own exception and "encapsulated tokens"; the person gets the line and what to do.
            int line = (int) lastRecord + 1;
            String said = String.valueOf(e.getMessage());
            Phrase what = said.contains("EOF reached before encapsulated token finished") ? r -> r.sheet_unclosed_quote(line)
                    : said.contains("Invalid character between encapsulated token and delimiter") ? r -> r.sheet_after_quote(line)
                    : r -> r.sheet_csv_invalid(line);
            throw SheetRefusals.unreadableLine(line, what);
        }
        return delimiter;
    }

    /**
     * The delimiter that gives the most of the first records the same number of fields (two or more); on a tie,
     * the one giving more fields.
     */
    static char detect(String text, boolean preferTab) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        char best = preferTab ? '\t' : ',';
        int bestAgreeing = 0;
        int bestFields = 0;
        for (char d : DELIMITERS) {
            Map<Integer, Integer> counts = new HashMap<>();
            int fields = 1;
            int records = 0;
            boolean quoted = false;
            for (int i = 0; i < sample.length() && records < SAMPLE_RECORDS; i++) {
                char c = sample.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == d) {
                    fields++;
                } else if (!quoted && c == '\n') {
                    if (fields > 1) {
                        counts.merge(fields, 1, Integer::sum);
                    }
                    fields = 1;
                    records++;
                }
            }
            if (fields > 1 && records < SAMPLE_RECORDS) {
                counts.merge(fields, 1, Integer::sum);
            }
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                int agreeing = e.getValue();
                if (agreeing > bestAgreeing || agreeing == bestAgreeing && e.getKey() > bestFields) {
                    best = d;
                    bestAgreeing = agreeing;
                    bestFields = e.getKey();
                }
            }
        }
        return best;
    }

    /** Text that is a web page, an XML document or binary is refused here, with what to do instead. */
    static void checkIsTable(String text) {
        String start = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<") && (start.startsWith("<?xml") || start.startsWith("<!doctype") || start.contains("<html")
                || start.contains("<table") || start.contains("<workbook"))) {
            throw SheetRefusals.unreadable(r -> r.sheet_markup());
        }
        int controls = 0;
        int length = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == '\uFFFD') {
                controls++;
            }
        }
        if (controls > 0 && controls * 100 >= length || text.indexOf('\0') >= 0) {
            throw SheetRefusals.unreadable(r -> r.sheet_binary());
        }
    }
}
