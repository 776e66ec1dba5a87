package org.pacta.sheet;

import java.util.List;

/**
 * A row of a sheet as read: the number the spreadsheet program shows for it (for a CSV file, its record number, as
 * the program shows it when it opens the file) and its cells as text, one for each column of the {@link Sheet}.
 */
public record SheetRow(int row, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }
}
