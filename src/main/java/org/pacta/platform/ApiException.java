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
    private final Phrase detail;
    private final List<Problem.FieldError> errors;

    public ApiException(int status, String type, String title, Phrase detail, List<Problem.FieldError> errors) {
        super(detail.english());
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "about:blank", "Not Found", r -> r.not_found(what, id), null);
    }

    public static ApiException notFound(Phrase detail) {
        return new ApiException(404, "about:blank", "Not Found", detail, null);
    }

    /** What was here is not any more, for good (a switched-off feed). */
    public static ApiException gone(Phrase detail) {
        return new ApiException(410, "about:blank", "Gone", detail, null);
    }

    public static ApiException conflict(Phrase detail) {
        return new ApiException(409, "urn:pacta:problem:conflict", "Conflict", detail, null);
    }

    public static ApiException badRequest(Phrase detail) {
        return new ApiException(400, "urn:pacta:problem:bad-request", "Bad Request", detail, null);
    }

    /** A file of 20,000 broken lines is answered with its first problems, not a document of megabytes. */
    public static final int MAX_REPORTED = 100;

    public static ApiException invalid(List<Problem.FieldError> errors) {
        int n = errors.size();
        Phrase detail = n > MAX_REPORTED ? r -> r.problems_found_first(n, MAX_REPORTED) : r -> r.problems_found(n);
        if (n == 1) {
            Problem.FieldError only = errors.get(0);
            detail = only.phrase() != null ? only.phrase() : r -> only.message();
        }
        return new ApiException(422, "urn:pacta:problem:validation", "Invalid input", detail,
                n > MAX_REPORTED ? errors.subList(0, MAX_REPORTED) : errors);
    }

    public static ApiException invalidField(String field, Phrase message) {
        return invalid(List.of(Problem.FieldError.field(field, message)));
    }

    public static ApiException staleVersion(boolean fromIfMatch, long expected, long actual) {
        return new ApiException(fromIfMatch ? 412 : 409, "urn:pacta:problem:stale-version",
                fromIfMatch ? "Precondition Failed" : "Conflict", r -> r.stale_version(expected, actual), null);
    }

    public static ApiException versionRequired() {
        return new ApiException(428, "urn:pacta:problem:version-required", "Precondition Required",
                Refusals::version_required, null);
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

    /** The detail, to be said in the reader's language; {@link #getMessage()} is its English. */
    public Phrase detail() {
        return detail;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
