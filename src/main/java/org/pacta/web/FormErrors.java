package org.pacta.web;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.pacta.platform.Refusal;
import org.pacta.platform.Phrase;
import org.pacta.platform.Problem;
import org.pacta.platform.Refusals;

/**
 * What was wrong with a submitted form: a message per field (shown beside it) and one for the whole form, in the
 * words of the reader's language.
 */
public record FormErrors(Map<String, String> fields, String general) {

    public static FormErrors none() {
        return new FormErrors(Map.of(), null);
    }

    public static FormErrors of(Refusal e, Refusals words) {
        Map<String, String> fields = new LinkedHashMap<>();
        String general = null;
        for (Problem.FieldError err : e.errors()) {
            String key = err.field() != null ? err.field() : err.path();
            String message = say(err, words);
            if (key == null) {
                general = message;
            } else {
                fields.putIfAbsent(key, message);
            }
        }
        if (fields.isEmpty() && general == null) {
            general = e.detail().in(words);
        }
        return new FormErrors(fields, general);
    }

    public static <T> FormErrors of(Set<ConstraintViolation<T>> violations, Refusals words) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ConstraintViolation<T> v : violations) {
            fields.putIfAbsent(v.getPropertyPath().toString().replace(".<list element>", ""), Phrase.of(v).in(words));
        }
        return new FormErrors(fields, null);
    }

    /** One field's problem, found by the page itself. */
    public static FormErrors field(String field, Phrase problem, Refusals words) {
        return new FormErrors(Map.of(field, problem.in(words)), null);
    }

    /** An error of a problem document in the reader's words (its English when it has no phrase). */
    static String say(Problem.FieldError err, Refusals words) {
        return err.phrase() == null ? err.message() : err.phrase().in(words);
    }

    public boolean any() {
        return !fields.isEmpty() || general != null;
    }

    /** The message for the whole form, else the first field's: for a form too small to show each beside its field. */
    public String first() {
        return general != null ? general : fields.values().stream().findFirst().orElse(null);
    }

    /** The same errors, with one field named as the form names it. */
    public FormErrors renamed(String field, String formField) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> out.put(k.equals(field) ? formField : k, v));
        return new FormErrors(out, general);
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** Messages for a field and its parts ("coordinators", "coordinators[2]"). */
    public java.util.List<String> startingWith(String field) {
        return fields.entrySet().stream().filter(e -> e.getKey().startsWith(field)).map(Map.Entry::getValue).toList();
    }

    public String get(String field) {
        return fields.get(field);
    }
}
