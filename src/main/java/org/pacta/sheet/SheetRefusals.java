package org.pacta.sheet;

import java.util.List;
import org.pacta.platform.Refusal;
import org.pacta.platform.Phrase;
import org.pacta.platform.Problem.FieldError;

/** The answers for files that cannot be read, each naming what to do instead. */
final class SheetRefusals {

    private SheetRefusals() {
    }

    /** The file is not one Pacta reads, or is broken: 400, like any body that cannot be read. */
    static Refusal unreadable(Phrase what) {
        return new Refusal(Refusal.Reason.UNREADABLE_FILE, what);
    }

    /** A line of a text file that cannot be read. */
    static Refusal unreadableLine(int line, Phrase what) {
        return new Refusal(Refusal.Reason.UNREADABLE_FILE, what,
                List.of(FieldError.line(line, null, what)));
    }

    /** More than Pacta reads at once (rows, columns, a cell, an unpacked workbook): 413, with what to split. */
    static Refusal tooLarge(Integer row, String column, Phrase what) {
        return new Refusal(Refusal.Reason.FILE_TOO_LARGE, what,
                row == null ? null : List.of(FieldError.line(row, column, what)));
    }

    /** A choice made with the file (a sheet, an encoding) that does not fit it. */
    static Refusal badChoice(String field, Phrase what) {
        return Refusal.invalidField(field, what);
    }
}
