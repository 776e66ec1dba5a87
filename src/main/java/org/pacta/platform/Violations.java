package org.pacta.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of one request before failing, so a client fixes them all in one round. Scopes
 * prefix field names, which is how an import reports JSON paths with the same checks as the single-item API.
 */
public final class Violations {

    private final List<Problem.FieldError> errors;
    private final String prefix;
    private final boolean jsonPaths;

    private Violations(List<Problem.FieldError> errors, String prefix, boolean jsonPaths) {
        this.errors = errors;
        this.prefix = prefix;
        this.jsonPaths = jsonPaths;
    }

    /** Field names as the client sent them ("owner.email"). */
    public static Violations forFields() {
        return new Violations(new ArrayList<>(), "", false);
    }

    /** JSON paths from the document root ("$.commitments[2].owner.email"). */
    public static Violations forDocument() {
        return new Violations(new ArrayList<>(), "$", true);
    }

    public Violations at(String name) {
        return new Violations(errors, join(prefix, name), jsonPaths);
    }

    public Violations at(String name, int index) {
        return new Violations(errors, join(prefix, name) + "[" + index + "]", jsonPaths);
    }

    public Violations add(String field, Phrase message) {
        String where = join(prefix, field);
        errors.add(jsonPaths ? Problem.FieldError.path(where, message) : Problem.FieldError.field(where, message));
        return this;
    }

    /** Adds a problem about the scope itself rather than one of its fields. */
    public Violations addHere(Phrase message) {
        String where = prefix.isEmpty() ? null : prefix;
        errors.add(jsonPaths ? Problem.FieldError.path(where == null ? "$" : where, message)
                : Problem.FieldError.field(where, message));
        return this;
    }

    public void addAll(List<Problem.FieldError> more) {
        errors.addAll(more);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public int size() {
        return errors.size();
    }

    public List<Problem.FieldError> list() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }

    private static String join(String prefix, String name) {
        if (name == null || name.isEmpty()) {
            return prefix;
        }
        if (prefix.isEmpty()) {
            return name;
        }
        return name.startsWith("[") ? prefix + name : prefix + "." + name;
    }
}
