package org.pacta.platform;

import java.util.List;

/**
 * A request the domain refuses, with the reason and the words a person can act on. Services throw it before anything
 * is written, or inside the transaction so that it rolls back. It names what went wrong, not how to answer it: the
 * status, type and title of the problem document are chosen at the edge ({@link ProblemMapper#problemOf}).
 */
public class Refusal extends RuntimeException {

    /** Why a request is refused; each is one kind of problem document at the edge. */
    public enum Reason {
        /** What the request names does not exist, or is not the reader's to see. */
        NOT_FOUND,
        /** What was here is not any more, for good (a switched-off feed). */
        GONE,
        /** The request contradicts the state of what it changes. */
        CONFLICT,
        /** The request cannot be read as asked. */
        BAD_REQUEST,
        /** The request was read; some of its values break the rules (field by field). */
        INVALID,
        /** The change was made against an older version than the stored one. */
        STALE_VERSION,
        /** As {@link #STALE_VERSION}, with the version named by an If-Match precondition. */
        STALE_PRECONDITION,
        /** A change of something versioned must say which version it changes. */
        VERSION_REQUIRED,
        /** An uploaded file is not one Pacta reads, or is broken. */
        UNREADABLE_FILE,
        /** An uploaded file holds more than Pacta reads at once. */
        FILE_TOO_LARGE,
        /** Only a form is read here. */
        FORM_ONLY,
        /** A body of no type, or of a type that cannot be read. */
        MEDIA_UNSUPPORTED,
        /** A POST signed in by cookie must declare a type a cross-site form cannot send. */
        COOKIE_NEEDS_TYPE,
        /** A form with too many or too long fields. */
        FORM_TOO_LARGE,
        /** A database check or backup is already running on this node. */
        MAINTENANCE_RUNNING,
        /** The backup directory cannot be written. */
        BACKUP_DIRECTORY,
        /** Asked of the embedded database while another one runs. */
        NOT_EMBEDDED
    }

    private final Reason reason;
    private final Phrase detail;
    private final List<Problem.FieldError> errors;

    public Refusal(Reason reason, Phrase detail, List<Problem.FieldError> errors) {
        super(detail.english());
        this.reason = reason;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public Refusal(Reason reason, Phrase detail) {
        this(reason, detail, null);
    }

    public static Refusal notFound(String what, Object id) {
        return new Refusal(Reason.NOT_FOUND, r -> r.not_found(what, id));
    }

    public static Refusal notFound(Phrase detail) {
        return new Refusal(Reason.NOT_FOUND, detail);
    }

    public static Refusal gone(Phrase detail) {
        return new Refusal(Reason.GONE, detail);
    }

    public static Refusal conflict(Phrase detail) {
        return new Refusal(Reason.CONFLICT, detail);
    }

    public static Refusal badRequest(Phrase detail) {
        return new Refusal(Reason.BAD_REQUEST, detail);
    }

    /** A file of 20,000 broken lines is answered with its first problems, not a document of megabytes. */
    public static final int MAX_REPORTED = 100;

    public static Refusal invalid(List<Problem.FieldError> errors) {
        int n = errors.size();
        Phrase detail = n > MAX_REPORTED ? r -> r.problems_found_first(n, MAX_REPORTED) : r -> r.problems_found(n);
        if (n == 1) {
            Problem.FieldError only = errors.get(0);
            detail = only.phrase() != null ? only.phrase() : r -> only.message();
        }
        return new Refusal(Reason.INVALID, detail, n > MAX_REPORTED ? errors.subList(0, MAX_REPORTED) : errors);
    }

    public static Refusal invalidField(String field, Phrase message) {
        return invalid(List.of(Problem.FieldError.field(field, message)));
    }

    public static Refusal staleVersion(boolean fromIfMatch, long expected, long actual) {
        return new Refusal(fromIfMatch ? Reason.STALE_PRECONDITION : Reason.STALE_VERSION,
                r -> r.stale_version(expected, actual));
    }

    public static Refusal versionRequired() {
        return new Refusal(Reason.VERSION_REQUIRED, Refusals::version_required);
    }

    public Reason reason() {
        return reason;
    }

    /** The detail, to be said in the reader's language; {@link #getMessage()} is its English. */
    public Phrase detail() {
        return detail;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
