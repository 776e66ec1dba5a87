package org.pacta.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.pacta.platform.Refusal;

/**
 * The rows of one sheet of an .xlsx workbook, read with dhatim fastexcel (streaming, a row at a time; chosen over
 * Apache POI, which holds the whole workbook as objects and weighs ten times as much). The workbook has passed
 * {@link XlsxGuard} first.
 */
final class XlsxReader {

    /** The sheets a person can see in the workbook, and the one read. */
    record Result(List<String> sheets, String sheet) {
    }

    private XlsxReader() {
    }

    /**
     * Reads the named sheet, or the first visible one, into the collector.
     *
     * @param withFormats whether the workbook has number formats to read (without a styles part fastexcel refuses
     *     to read them, and no cell is a date)
     */
    static Result read(byte[] bytes, String sheetName, boolean withFormats, RowCollector out) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(withFormats, true))) {
            List<org.dhatim.fastexcel.reader.Sheet> all = workbook.getSheets().toList();
            List<String> visible = new ArrayList<>();
            for (org.dhatim.fastexcel.reader.Sheet s : all) {
                if (s.getVisibility() == SheetVisibility.VISIBLE) {
                    visible.add(s.getName());
                }
            }
            if (all.isEmpty()) {
                throw SheetRefusals.unreadable(r -> r.sheet_none());
            }
            org.dhatim.fastexcel.reader.Sheet sheet = choose(all, sheetName, visible);
            boolean date1904 = workbook.isDate1904();
            try (Stream<Row> rows = sheet.openStream()) {
                Iterator<Row> it = rows.iterator();
                while (it.hasNext()) {
                    Row row = it.next();
                    List<String> cells = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) {
                        Cell cell = row.getCell(i);
                        cells.add(cell == null ? "" : CellText.of(cell, date1904));
                    }
                    out.add(row.getRowNum(), cells);
                }
            }
            return new Result(visible.isEmpty() ? List.of(sheet.getName()) : visible, sheet.getName());
        } catch (Refusal e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // fastexcel reports a broken part as ExcelReaderException, an XML error or an index out of bounds (a
            // shared string that is not there); none of that is for the person who uploaded the file.
            throw SheetRefusals.unreadable(r -> r.sheet_damaged());
        }
    }

    private static org.dhatim.fastexcel.reader.Sheet choose(List<org.dhatim.fastexcel.reader.Sheet> all, String name,
            List<String> visible) {
        if (name == null || name.isBlank()) {
            return all.stream().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).findFirst().orElse(all.get(0));
        }
        for (org.dhatim.fastexcel.reader.Sheet s : all) {
            if (s.getName().equals(name)) {
                return s;
            }
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (org.dhatim.fastexcel.reader.Sheet s : all) {
            if (s.getName().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return s;
            }
        }
        String listed = visible.stream().map(s -> "\"" + s + "\"").reduce((a, b) -> a + ", " + b).orElse("");
        throw SheetRefusals.badChoice("sheet", r -> r.sheet_unknown(name, listed));
    }
}
