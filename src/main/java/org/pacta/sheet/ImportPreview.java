package org.pacta.sheet;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Pacta read from an uploaded file, for the mapping step: how it was read, the columns, the first rows as
 * read, the field each column seems to hold, every field a column can be mapped to, and notes about the file.
 *
 * @param rows the first {@link #ROWS} data rows, each with its row number in the spreadsheet program
 * @param rowCount how many data rows the file has in all
 * @param suggested a field's JSON name for each column recognised by its header
 * @param fields the JSON names of all {@link ImportField}s
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportPreview(String format, String encoding, String delimiter, List<String> sheets, String sheet,
        int headerRow, List<String> columns, List<SheetRow> rows, int rowCount, Map<String, String> suggested,
        List<String> fields, List<SheetProblem> problems) {

    public static final int ROWS = 20;

    public static ImportPreview of(Sheet sheet) {
        Map<String, String> suggested = new LinkedHashMap<>();
        ColumnSuggestions.suggest(sheet.columns()).forEach((column, field) -> suggested.put(column, field.key()));
        List<SheetRow> first = sheet.rows().subList(0, Math.min(ROWS, sheet.rows().size()));
        return new ImportPreview(sheet.format(), sheet.encoding(), sheet.delimiter(), sheet.sheets(), sheet.sheet(),
                sheet.headerRow(), sheet.columns(), List.copyOf(first), sheet.rows().size(), suggested, ImportField.keys(),
                sheet.problems());
    }
}
