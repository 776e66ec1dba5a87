package org.pacta.sheet;

import java.util.List;

/**
 * Reads an uploaded spreadsheet as people have them: an .xlsx workbook, or a CSV / tab-separated text in UTF-8
 * (with or without a byte order mark), UTF-16, windows-1251, windows-1252 or windows-1256. What a file is, is
 * told by its content, never by its name: an .xls, .ods, PDF, web page or other binary file is refused with what
 * to save it as instead. Then the header row is found below any title rows ({@link HeaderDetection}).
 * <p>
 * The work is bounded whatever the file: at most {@link #MAX_ROWS} rows below the header, values in the first
 * {@link #MAX_COLUMNS} columns, {@link #MAX_CELL} characters in a cell (Excel's own limit), and a workbook that
 * unpacks to at most {@link XlsxGuard#MAX_UNPACKED_MIB} MiB; anything beyond is a 413 that says what to split.
 * Every refusal is an {@link org.pacta.platform.Refusal} with a message a person can act on.
 */
public final class SheetReader {

    public static final int MAX_ROWS = 20_000;
    public static final int MAX_COLUMNS = 200;
    public static final int MAX_CELL = 32_767;
    /** How many non-empty rows from the top may come before the header (titles, dates, notes). */
    static final int HEADER_SEARCH = 30;

    private SheetReader() {
    }

    /**
     * @param bytes the file as uploaded
     * @param fileName its name, used only as a hint (a ".tsv" prefers tabs), never to decide what it is
     * @param sheetName the sheet of a workbook to read; null or blank for the first visible one
     * @param encoding the text encoding of a CSV file; null or blank to detect it
     */
    public static Sheet read(byte[] bytes, String fileName, String sheetName, String encoding) {
        if (bytes == null || bytes.length == 0) {
            throw SheetRefusals.unreadable(r -> r.sheet_empty());
        }
        if (TextDecoding.starts(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw SheetRefusals.unreadable(r -> r.sheet_legacy_xls());
        }
        if (TextDecoding.starts(bytes, '%', 'P', 'D', 'F', '-')) {
            throw SheetRefusals.unreadable(r -> r.sheet_pdf());
        }
        if (TextDecoding.starts(bytes, 'P', 'K', 3, 4) || TextDecoding.starts(bytes, 'P', 'K', 5, 6)) {
            return workbook(bytes, sheetName);
        }
        TextDecoding.Decoded text = TextDecoding.decode(bytes, encoding);
        RowCollector rows = new RowCollector(false);
        char delimiter = CsvText.read(text.text(), fileName, rows);
        HeaderDetection.Table table = HeaderDetection.shape(rows.rows(), rows);
        return new Sheet(Sheet.CSV, text.encoding(), String.valueOf(delimiter), List.of(), null, table.headerRow(),
                table.columns(), table.rows(), table.problems());
    }

    private static Sheet workbook(byte[] bytes, String sheetName) {
        XlsxGuard.Package pkg = XlsxGuard.inspect(bytes);
        switch (pkg.kind()) {
            case ODS -> throw SheetRefusals.unreadable(r -> r.sheet_ods());
            case OTHER -> throw SheetRefusals.unreadable(r -> r.sheet_other_zip());
            default -> {
            }
        }
        RowCollector rows = new RowCollector(true);
        XlsxReader.Result read = XlsxReader.read(bytes, sheetName, pkg.hasStyles(), rows);
        HeaderDetection.Table table = HeaderDetection.shape(rows.rows(), rows);
        return new Sheet(Sheet.XLSX, null, null, read.sheets(), read.sheet(), table.headerRow(), table.columns(),
                table.rows(), table.problems());
    }
}
