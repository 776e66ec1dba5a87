package org.pacta.platform;

import java.util.List;

/**
 * A failure the client can act on. Services throw it; {@link ProblemMapper} turns it into a problem
 * document. Thrown before anything is written, or inside the transaction so that it rolls back.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "about:blank", "Not Found", what + " " + id + " does not exist.", null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "urn:pacta:problem:conflict", "Conflict", detail, null);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "urn:pacta:problem:bad-request", "Bad Request", detail, null);
    }

    public static ApiException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).message()
                : errors.size() + " problems were found; nothing was saved.";
        return new ApiException(422, "urn:pacta:problem:validation", "Invalid input", detail, errors);
    }

    public static ApiException invalidField(String field, String message) {
        return invalid(List.of(Problem.FieldError.field(field, message)));
    }

    public static ApiException staleVersion(boolean fromIfMatch, long expected, long actual) {
        return new ApiException(fromIfMatch ? 412 : 409, "urn:pacta:problem:stale-version",
                fromIfMatch ? "Precondition Failed" : "Conflict",
                "This item was changed by someone else (you sent version " + expected + ", it is now at version "
                        + actual + "). Reload it, reapply your change and send it again.", null);
    }

    public static ApiException versionRequired() {
        return new ApiException(428, "urn:pacta:problem:version-required", "Precondition Required",
                "Send the version you edited, as an If-Match header (the ETag of your GET) or as the \"version\" field,"
                        + " so that no one's change is overwritten silently.", null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
