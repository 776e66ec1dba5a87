package org.pacta.web;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pacta.platform.Phrase;
import org.pacta.platform.Refusals;

/**
 * What a form holds: the values as typed (so a form shown again after an error keeps them), and their reading
 * as dates, numbers and lists, with a message per field that cannot be read.
 */
public final class FormData {

    private final MultivaluedMap<String, String> values;
    private final Map<String, Phrase> unreadable = new java.util.LinkedHashMap<>();

    public FormData(MultivaluedMap<String, String> values) {
        this.values = values == null ? new MultivaluedHashMap<>() : values;
    }

    public static FormData empty() {
        return new FormData(new MultivaluedHashMap<>());
    }

    public FormData set(String name, Object value) {
        values.remove(name);
        if (value != null) {
            values.add(name, value.toString());
        }
        return this;
    }

    public FormData add(String name, Object value) {
        values.add(name, value.toString());
        return this;
    }

    /** The value as typed, or "" (for templates). */
    public String value(String name) {
        String v = values.getFirst(name);
        return v == null ? "" : v;
    }

    public boolean checked(String name) {
        String v = values.getFirst(name);
        return v != null && (v.equals("on") || v.equals("true"));
    }

    /** Whether a multi-valued field (checkboxes, multi-select) holds this value. */
    public boolean has(String name, String value) {
        List<String> all = values.get(name);
        return all != null && all.contains(value);
    }

    public String text(String name) {
        String v = values.getFirst(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public List<String> all(String name) {
        List<String> out = new ArrayList<>();
        List<String> all = values.get(name);
        if (all != null) {
            all.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(out::add);
        }
        return out;
    }

    /** One entry per non-empty line of a text area. */
    public List<String> lines(String name) {
        String v = text(name);
        if (v == null) {
            return List.of();
        }
        return v.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A date typed as ISO or Solar Hijri, in any digits ({@link org.pacta.platform.DateInput}). */
    public LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return org.pacta.platform.DateInput.parse(v);
        } catch (java.time.DateTimeException e) {
            unreadable.put(name, r -> r.not_a_date(v));
            return null;
        }
    }

    /** A date-time typed in a datetime-local field, read in {@code zone}. */
    public Instant instant(String name, ZoneId zone) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            unreadable.put(name, r -> r.not_a_date_time(v));
            return null;
        }
    }

    public Integer integer(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            unreadable.put(name, r -> r.not_a_whole_number(v));
            return null;
        }
    }

    public Long number(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            unreadable.put(name, r -> r.not_a_number(v));
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            unreadable.put(name, r -> r.not_a_choice(v));
            return null;
        }
    }

    /** Fields whose text could not be read (a date that is not a date): a form error before any validation. */
    public FormErrors unreadable(Refusals words) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        unreadable.forEach((name, problem) -> fields.put(name, problem.in(words)));
        return fields.isEmpty() ? FormErrors.none() : new FormErrors(fields, null);
    }
}
