package org.pacta.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.format.DateTimeParseException;
import java.util.List;

/** What a JSON body that could not be read gets as an answer: where, and what was expected, in Pacta's words. */
public final class JsonProblems {

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e, String path) {
        if (e instanceof BoundedLists.TooManyItems many) {
            return ProblemMapper.problemOf(Refusal.invalid(List.of(Problem.FieldError.field(jsonPath(many), many.phrase()))),
                    path);
        }
        if (e instanceof JsonParseException p) {
            return badJson("The body is not valid JSON: " + p.getOriginalMessage()
                    + " (line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr() + ").", null, path);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return badJson("Unknown field \"" + u.getPropertyName() + "\". Known fields: " + u.getKnownPropertyIds() + ".",
                    jsonPath(u), path);
        }
        if (e instanceof InvalidFormatException f) {
            return badJson(describeValue(f.getValue()) + " is not a valid " + typeName(f.getTargetType()) + ".", jsonPath(f), path);
        }
        if (e instanceof InvalidNullException n) {
            return badJson("This field cannot be null.", jsonPath(n), path);
        }
        if (e instanceof MismatchedInputException m) {
            String field = jsonPath(m);
            String expected = m.getTargetType() == null ? "a different value" : typeName(m.getTargetType());
            String detail = field == null ? "The body does not have the expected shape: expected " + expected + "."
                    : "Wrong type: expected " + expected + ".";
            if (m.getMessage() != null && m.getMessage().startsWith("No content to map")) {
                detail = "The request body is empty; send a JSON document.";
            }
            return badJson(detail, field, path);
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() == null ? v : v.getCause();
            return badJson(cause.getMessage(), jsonPath(v), path);
        }
        if (e instanceof JsonMappingException m) {
            // A syntax error inside a field's value comes wrapped with that field's path; it is still a body that
            // is not JSON, not a wrong value for the field.
            if (m.getCause() instanceof JsonParseException p) {
                return of(p, path);
            }
            String detail = m.getCause() instanceof DateTimeParseException dt
                    ? "\"" + dt.getParsedString() + "\" is not a valid date or time (use ISO-8601, e.g. 2026-03-31 or 2026-03-31T12:00:00Z)."
                    : m.getOriginalMessage();
            return badJson(detail, jsonPath(m), path);
        }
        return badJson("The body could not be read as JSON: " + e.getOriginalMessage(), null, path);
    }

    private static Problem badJson(String detail, String field, String path) {
        // Only API clients send JSON bodies, so these stay in English without a phrase.
        List<Problem.FieldError> errors = field == null ? null : List.of(new Problem.FieldError(field, null, null, detail, null));
        return new Problem("urn:pacta:problem:malformed", "Bad Request", 400, detail, path, errors, null);
    }

    /**
     * What could not be read in a JSON document, in Pacta's words (where, and what was expected), for pages that
     * read a document themselves: Jackson's own account names Java types ("Cannot deserialize value of type
     * `java.time.LocalDate`").
     */
    public static String describe(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : null;
        String what;
        if (e instanceof JsonParseException p) {
            what = "this is not valid JSON (line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr() + ")";
        } else if (e instanceof BoundedLists.TooManyItems many) {
            what = many.phrase().english();
        } else if (e instanceof UnrecognizedPropertyException u) {
            what = "unknown field \"" + u.getPropertyName() + "\"";
        } else if (e instanceof InvalidFormatException f) {
            what = describeValue(f.getValue()) + " is not a valid " + typeName(f.getTargetType());
        } else if (e instanceof InvalidNullException) {
            what = "this field cannot be null";
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            what = "expected " + (field == null ? "a JSON object" : typeName(m.getTargetType()));
        } else if (e.getCause() instanceof DateTimeParseException dt) {
            what = "\"" + dt.getParsedString() + "\" is not a valid date or time (use ISO-8601, e.g. 2026-03-31 or 2026-03-31T12:00:00Z)";
        } else {
            what = "the document does not have the expected shape";
        }
        return field == null ? what : field + ": " + what;
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private static String describeValue(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            StringBuilder sb = new StringBuilder("value (one of ");
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(constants[i]);
            }
            return sb.append(')').toString();
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == String.class) {
            return "string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        String simple = type.getSimpleName();
        return switch (simple) {
            case "Instant" -> "instant (ISO-8601, e.g. 2026-03-31T12:00:00Z)";
            case "LocalDate" -> "date (ISO-8601, e.g. 2026-03-31, or Solar Hijri YYYY/MM/DD, e.g. 1405/07/23)";
            case "LocalTime" -> "time (e.g. 08:00)";
            default -> "object";
        };
    }
}
