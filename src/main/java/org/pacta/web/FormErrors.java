package org.pacta.web;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.pacta.platform.ApiException;
import org.pacta.platform.Problem;

/** What was wrong with a submitted form: a message per field (shown beside it) and one for the whole form. */
public record FormErrors(Map<String, String> fields, String general) {

    public static FormErrors none() {
        return new FormErrors(Map.of(), null);
    }

    public static FormErrors of(ApiException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        String general = null;
        for (Problem.FieldError err : e.errors()) {
            String key = err.field() != null ? err.field() : err.path();
            if (key == null) {
                general = err.message();
            } else {
                fields.putIfAbsent(key, err.message());
            }
        }
        if (fields.isEmpty() && general == null) {
            general = e.getMessage();
        }
        return new FormErrors(fields, general);
    }

    public static <T> FormErrors of(Set<ConstraintViolation<T>> violations) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ConstraintViolation<T> v : violations) {
            fields.putIfAbsent(v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage());
        }
        return new FormErrors(fields, null);
    }

    public boolean any() {
        return !fields.isEmpty() || general != null;
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
