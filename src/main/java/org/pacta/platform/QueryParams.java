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
            Instant i = value.length() <= 10 ? DateInput.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
            if (!TimeRules.plausible(i)) {
                throw Refusal.invalidField(name, r -> r.implausible_year_of(name, TimeRules.MIN_YEAR, TimeRules.MAX_YEAR));
            }
            return i;
        } catch (DateTimeException e) {
            throw Refusal.invalidField(name, r -> r.date_or_instant(value));
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
                String choices = EnumSet.allOf(type).toString();
                throw Refusal.invalidField(name, r -> r.not_one_of(part.strip(), choices));
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
            throw Refusal.invalidField(name, r -> r.give_one_value(name));
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
            default -> throw Refusal.invalidField(name, r -> r.must_be_boolean(name));
        };
    }

    public static Long id(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(latinDigits(value.strip()));
        } catch (NumberFormatException e) {
            throw Refusal.invalidField(name, r -> r.must_be_id(name, value));
        }
    }

    /**
     * Long.parseLong reads any script's digits ("１２", "۱۲"): an address written in them must not name item 12,
     * which no link of Pacta's ever does. Only the digits 0-9 pass; anything else fails as a number.
     */
    private static String latinDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < '0' || c > '9') && !(i == 0 && (c == '-' || c == '+'))) {
                throw new NumberFormatException(value);
            }
        }
        return value;
    }

    /** Path ids: anything that is not a positive number cannot name an item, so it is simply not found. */
    public static long pathId(String value, String what) {
        try {
            long id = Long.parseLong(latinDigits(value));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to not found
        }
        throw Refusal.notFound(what, "\"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"");
    }
}
