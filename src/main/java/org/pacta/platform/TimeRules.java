package org.pacta.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Shared checks for the dates and zones people type. */
public final class TimeRules {

    /** Years outside this range are typing mistakes, not roadmap dates. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;

    private TimeRules() {
    }

    public static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        try {
            ZoneId zone = ZoneId.of(id);
            return Optional.of(zone);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public static boolean plausible(LocalDate date) {
        return date == null || (date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR);
    }

    public static boolean plausible(Instant instant) {
        return instant == null
                || (!instant.isBefore(Instant.parse(MIN_YEAR + "-01-01T00:00:00Z"))
                        && instant.isBefore(Instant.parse((MAX_YEAR + 1) + "-01-01T00:00:00Z")));
    }

    public static Phrase implausible() {
        return r -> r.implausible_year(MIN_YEAR, MAX_YEAR);
    }
}
