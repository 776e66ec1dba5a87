package org.pacta.sheet;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A table read from an uploaded file: how it was read (the format, and for text the encoding and delimiter; for a
 * workbook its sheets and the one read), the row that names the columns, the columns (unique, non-empty names)
 * and every data row below the header, fully empty rows left out.
 *
 * @param format "xlsx" or "csv"
 * @param encoding the text's character set (CSV only), e.g. "UTF-8", "windows-1251"
 * @param delimiter ",", ";" or a tab (CSV only)
 * @param sheets the workbook's visible sheets, in order (empty for CSV)
 * @param sheet the sheet read (XLSX only)
 * @param headerRow the row number of the header, as the spreadsheet program shows it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sheet(String format, String encoding, String delimiter, List<String> sheets, String sheet, int headerRow,
        List<String> columns, List<SheetRow> rows, List<SheetProblem> problems) {

    public static final String XLSX = "xlsx";
    public static final String CSV = "csv";

    public Sheet {
        sheets = List.copyOf(sheets);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** The cell of a row under the named column, or null when there is no such column. */
    public String cell(SheetRow row, String column) {
        int i = columns.indexOf(column);
        return i < 0 ? null : row.cells().get(i);
    }
}
