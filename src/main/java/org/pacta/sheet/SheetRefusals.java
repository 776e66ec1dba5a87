package org.pacta.sheet;

import java.util.List;
import org.pacta.platform.ApiException;
import org.pacta.platform.Phrase;
import org.pacta.platform.Problem.FieldError;

/** The answers for files that cannot be read, each naming what to do instead. */
final class SheetRefusals {

    private SheetRefusals() {
    }

    /** The file is not one Pacta reads, or is broken: 400, like any body that cannot be read. */
    static ApiException unreadable(Phrase what) {
        return new ApiException(ApiException.Reason.UNREADABLE_FILE, what);
    }

    /** A line of a text file that cannot be read. */
    static ApiException unreadableLine(int line, Phrase what) {
        return new ApiException(ApiException.Reason.UNREADABLE_FILE, what,
                List.of(FieldError.line(line, null, what)));
    }

    /** More than Pacta reads at once (rows, columns, a cell, an unpacked workbook): 413, with what to split. */
    static ApiException tooLarge(Integer row, String column, Phrase what) {
        return new ApiException(ApiException.Reason.FILE_TOO_LARGE, what,
                row == null ? null : List.of(FieldError.line(row, column, what)));
    }

    /** A choice made with the file (a sheet, an encoding) that does not fit it. */
    static ApiException badChoice(String field, Phrase what) {
        return ApiException.invalidField(field, what);
    }
}
