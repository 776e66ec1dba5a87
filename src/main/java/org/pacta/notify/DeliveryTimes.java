package org.pacta.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When a subscriber wants to hear: at once, after their quiet hours, or at their daily digest time. */
public final class DeliveryTimes {

    public static final LocalTime DEFAULT_DIGEST_AT = LocalTime.of(8, 0);

    private DeliveryTimes() {
    }

    /** The next digest moment strictly after {@code now} in the subscriber's zone. */
    public static Instant nextDigest(LocalTime at, ZoneId zone, Instant now) {
        LocalTime time = at == null ? DEFAULT_DIGEST_AT : at;
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(time).atZone(zone);
        return (today.toInstant().isAfter(now) ? today : local.toLocalDate().plusDays(1).atTime(time).atZone(zone)).toInstant();
    }

    /** {@code now}, or the end of the quiet hours when {@code now} falls inside them (they may span midnight). */
    public static Instant afterQuietHours(LocalTime from, LocalTime to, ZoneId zone, Instant now) {
        if (from == null || to == null || from.equals(to)) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime t = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        boolean quiet = from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
        if (!quiet) {
            return now;
        }
        LocalDate endDay = from.isBefore(to) || t.isBefore(to) ? day : day.plusDays(1);
        return endDay.atTime(to).atZone(zone).toInstant();
    }

    public static Instant notBefore(Subscription s, Instant now) {
        if (s == null) {
            return now;
        }
        if (s.delivery == Subscription.Delivery.DAILY_DIGEST) {
            return nextDigest(s.digestAt, s.zone(), now);
        }
        return afterQuietHours(s.quietFrom, s.quietTo, s.zone(), now);
    }
}
