package org.pacta.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document, the body of every error answer under /api. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One thing wrong with the request: where ({@code field}, a JSON path, or a CSV line) and what. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String path, Integer line, String message) {
        public static FieldError field(String field, String message) {
            return new FieldError(field, null, null, message);
        }

        public static FieldError path(String path, String message) {
            return new FieldError(null, path, null, message);
        }

        public static FieldError line(int line, String field, String message) {
            return new FieldError(field, null, line, message);
        }
    }
}
