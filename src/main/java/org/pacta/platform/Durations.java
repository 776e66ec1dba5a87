package org.pacta.platform;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;

/** ISO-8601 durations as people write them ("P14D", "P2W", "PT1H") and as Pacta writes them back. */
public final class Durations {

    private Durations() {
    }

    public static Optional<Duration> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            return Optional.of(Duration.parse(t));
        } catch (DateTimeException e) {
            try {
                Period p = Period.parse(t);
                if (p.getYears() != 0 || p.getMonths() != 0) {
                    return Optional.empty();
                }
                return Optional.of(Duration.ofDays(p.getDays()));
            } catch (DateTimeException e2) {
                return Optional.empty();
            }
        }
    }

    /** Whole days as "P3D", anything else in Duration's own form ("PT36H", "PT1M"). */
    public static String format(Duration d) {
        if (!d.isZero() && d.toSeconds() % 86_400 == 0) {
            return "P" + d.toDays() + "D";
        }
        return d.toString();
    }
}
