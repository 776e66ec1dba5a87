package org.pacta.platform;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error answer under /api. The phrases are not part of the
 * document: they let a page say the detail and each error in its reader's language (null when there is no
 * phrase, then pages show the English text).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
        @JsonIgnore Phrase phrase) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, Phrase detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail.english(), instance, errors, detail);
    }

    /** One thing wrong with the request: where ({@code field}, a JSON path, or a CSV line) and what. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String path, Integer line, String message, @JsonIgnore Phrase phrase) {
        public static FieldError field(String field, Phrase phrase) {
            return new FieldError(field, null, null, phrase.english(), phrase);
        }

        public static FieldError path(String path, Phrase phrase) {
            return new FieldError(null, path, null, phrase.english(), phrase);
        }

        public static FieldError line(int line, String field, Phrase phrase) {
            return new FieldError(field, null, line, phrase.english(), phrase);
        }
    }
}
