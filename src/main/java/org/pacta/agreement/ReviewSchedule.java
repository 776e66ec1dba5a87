package org.pacta.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.pacta.platform.Phrase;
import org.pacta.platform.Refusals;

/** An agreement's review schedule: an RFC 5545 recurrence rule such as {@code FREQ=MONTHLY;INTERVAL=3}. */
public final class ReviewSchedule {

    private static final Set<Frequency> TOO_FREQUENT = Set.of(Frequency.SECONDLY, Frequency.MINUTELY, Frequency.HOURLY);

    private ReviewSchedule() {
    }

    /** The rule as stored: without an "RRULE:" prefix, upper-cased. */
    public static String normalize(String rule) {
        String r = rule.strip();
        if (r.toUpperCase(Locale.ROOT).startsWith("RRULE:")) {
            r = r.substring("RRULE:".length());
        }
        return r.toUpperCase(Locale.ROOT);
    }

    /** Reviews happen at this local time on the days the rule names. */
    public static final LocalTime REVIEW_TIME = LocalTime.of(9, 0);

    /**
     * The first review strictly after {@code after}. The rule is anchored on {@code anchor} (the signing date)
     * at {@link #REVIEW_TIME} in {@code zone}; empty when the rule has ended (COUNT or UNTIL).
     */
    public static Optional<Instant> nextAfter(String rule, LocalDate anchor, ZoneId zone, Instant after) {
        if (rule == null || rule.isBlank()) {
            return Optional.empty();
        }
        Recur<ZonedDateTime> recur = new Recur<>(normalize(rule));
        ZonedDateTime seed = anchor.atTime(REVIEW_TIME).atZone(zone);
        ZonedDateTime next = recur.getNextDate(seed, after.atZone(zone));
        return Optional.ofNullable(next).map(ZonedDateTime::toInstant);
    }

    private static boolean neverOccurs(String rule) {
        ZonedDateTime seed = LocalDate.of(2000, 1, 1).atTime(REVIEW_TIME).atZone(java.time.ZoneOffset.UTC);
        return new Recur<ZonedDateTime>(rule).getNextDate(seed, seed) == null;
    }

    /** Why the rule cannot be used, or empty when it is a usable review schedule. */
    public static Optional<Phrase> problem(String rule) {
        if (rule == null || rule.isBlank()) {
            return Optional.empty();
        }
        String normalized = normalize(rule);
        if (!normalized.contains("FREQ=")) {
            return Optional.of(Refusals::rrule_needs_freq);
        }
        try {
            Recur<?> recur = new Recur<>(normalized);
            if (recur.getFrequency() == null) {
                return Optional.of(Refusals::rrule_no_frequency);
            }
            if (TOO_FREQUENT.contains(recur.getFrequency())) {
                String frequency = String.valueOf(recur.getFrequency());
                return Optional.of(r -> r.rrule_too_frequent(frequency));
            }
            // ical4j reports a missing INTERVAL as -1, so an explicit INTERVAL=-1 is only seen in the text.
            boolean intervalGiven = (";" + normalized).contains(";INTERVAL=");
            if (intervalGiven && recur.getInterval() < 1) {
                return Optional.of(Refusals::rrule_interval);
            }
            // FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30 is well formed and names no day at all: no review would ever come.
            if (recur.getCount() < 1 && recur.getUntil() == null && neverOccurs(normalized)) {
                return Optional.of(Refusals::rrule_never);
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            String detail = e.getMessage();
            return Optional.of(r -> r.rrule_invalid(detail));
        }
    }
}
