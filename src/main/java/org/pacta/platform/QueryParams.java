package org.pacta.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Parsing of query parameters with answers a person can act on. */
public final class QueryParams {

    private QueryParams() {
    }

    /** An ISO instant, or a date meaning the start of that day in UTC. */
    public static Instant instantOrDate(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant i = value.length() <= 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
            if (!TimeRules.plausible(i)) {
                throw ApiException.invalidField(name, name + " " + TimeRules.implausibleMessage());
            }
            return i;
        } catch (DateTimeException e) {
            throw ApiException.invalidField(name, "\"" + value + "\" is not a date (2026-03-31) or an instant (2026-03-31T12:00:00Z).");
        }
    }

    public static <E extends Enum<E>> Set<E> enums(String value, Class<E> type, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Set<E> out = EnumSet.noneOf(type);
        for (String part : value.split(",")) {
            try {
                out.add(Enum.valueOf(type, part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidField(name, "\"" + part.strip() + "\" is not one of " + EnumSet.allOf(type) + ".");
            }
        }
        return out;
    }

    public static <E extends Enum<E>> E oneEnum(String value, Class<E> type, String name) {
        Set<E> set = enums(value, type, name);
        if (set == null) {
            return null;
        }
        if (set.size() != 1) {
            throw ApiException.invalidField(name, "Give one value for " + name + ".");
        }
        return set.iterator().next();
    }

    public static Boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.invalidField(name, name + " must be true or false.");
        };
    }

    public static Long id(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(name, name + " must be a number (an id); got \"" + value + "\".");
        }
    }

    /** Path ids: anything that is not a positive number cannot name an item, so it is simply not found. */
    public static long pathId(String value, String what) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to not found
        }
        throw ApiException.notFound(what, "\"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"");
    }
}
