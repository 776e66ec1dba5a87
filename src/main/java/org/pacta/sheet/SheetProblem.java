package org.pacta.sheet;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.pacta.platform.Phrase;

/**
 * Something about a file worth telling its reader: where (a row as the spreadsheet program numbers it, a column
 * by its name; either may be absent) and what, in English; the phrase lets a page say it in its reader's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SheetProblem(Integer row, String column, String message, @JsonIgnore Phrase phrase) {

    public static SheetProblem at(Integer row, String column, Phrase phrase) {
        return new SheetProblem(row, column, phrase.english(), phrase);
    }
}
