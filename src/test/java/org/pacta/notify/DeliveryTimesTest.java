package org.pacta.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeliveryTimesTest {

    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    private static final LocalTime EIGHT = LocalTime.of(8, 0);
    private static final LocalTime TEN_PM = LocalTime.of(22, 0);
    private static final LocalTime SEVEN = LocalTime.of(7, 0);

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void digestGoesOutAtTheNextLocalDigestTime() {
        // 07:00 in Minsk: today's 08:00 is still ahead.
        assertEquals(at("2026-05-10T05:00:00Z"), DeliveryTimes.nextDigest(EIGHT, MINSK, at("2026-05-10T04:00:00Z")));
        // 13:00 in Minsk: tomorrow's.
        assertEquals(at("2026-05-11T05:00:00Z"), DeliveryTimes.nextDigest(EIGHT, MINSK, at("2026-05-10T10:00:00Z")));
        // Exactly at the digest time: that digest has been built already, so the next one.
        assertEquals(at("2026-05-11T05:00:00Z"), DeliveryTimes.nextDigest(EIGHT, MINSK, at("2026-05-10T05:00:00Z")));
    }

    @Test
    void digestWithoutATimeUsesEightInTheMorning() {
        assertEquals(at("2026-05-10T05:00:00Z"), DeliveryTimes.nextDigest(null, MINSK, at("2026-05-10T04:00:00Z")));
    }

    @Test
    void digestTimeFollowsTheSubscribersClockAcrossTheDstChange() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        assertEquals(at("2026-03-28T07:00:00Z"), DeliveryTimes.nextDigest(EIGHT, berlin, at("2026-03-27T12:00:00Z")));
        assertEquals(at("2026-03-29T06:00:00Z"), DeliveryTimes.nextDigest(EIGHT, berlin, at("2026-03-28T12:00:00Z")));
    }

    @Test
    void quietHoursAcrossMidnightHoldLateEveningMessagesUntilMorning() {
        // 23:30 in Minsk
        assertEquals(at("2026-05-11T04:00:00Z"), DeliveryTimes.afterQuietHours(TEN_PM, SEVEN, MINSK, at("2026-05-10T20:30:00Z")));
        // 03:00 in Minsk, after midnight
        assertEquals(at("2026-05-11T04:00:00Z"), DeliveryTimes.afterQuietHours(TEN_PM, SEVEN, MINSK, at("2026-05-11T00:00:00Z")));
        // 22:00 sharp is quiet; 07:00 sharp is not
        assertEquals(at("2026-05-11T04:00:00Z"), DeliveryTimes.afterQuietHours(TEN_PM, SEVEN, MINSK, at("2026-05-10T19:00:00Z")));
        assertEquals(at("2026-05-11T04:00:00Z"), DeliveryTimes.afterQuietHours(TEN_PM, SEVEN, MINSK, at("2026-05-11T04:00:00Z")));
    }

    @Test
    void outsideQuietHoursMessagesGoAtOnce() {
        Instant noon = at("2026-05-10T09:00:00Z");

        assertEquals(noon, DeliveryTimes.afterQuietHours(TEN_PM, SEVEN, MINSK, noon));
        assertEquals(noon, DeliveryTimes.afterQuietHours(null, null, MINSK, noon));
        assertEquals(noon, DeliveryTimes.afterQuietHours(EIGHT, EIGHT, MINSK, noon));
    }

    @Test
    void quietHoursWithinOneDayEndTheSameDay() {
        // 13:00 in Minsk inside 12:00-14:00
        assertEquals(at("2026-05-10T11:00:00Z"), DeliveryTimes.afterQuietHours(LocalTime.NOON, LocalTime.of(14, 0), MINSK,
                at("2026-05-10T10:00:00Z")));
    }

    @Test
    void aSubscriptionsPreferencesDecideWhenItsMessagesMayGo() {
        Instant lateEvening = at("2026-05-10T20:30:00Z");
        Subscription quiet = new Subscription();
        quiet.delivery = Subscription.Delivery.IMMEDIATE;
        quiet.timeZone = "Europe/Minsk";
        quiet.quietFrom = TEN_PM;
        quiet.quietTo = SEVEN;
        Subscription digest = new Subscription();
        digest.delivery = Subscription.Delivery.DAILY_DIGEST;
        digest.timeZone = "Asia/Tehran";
        digest.digestAt = LocalTime.of(9, 30);

        assertEquals(lateEvening, DeliveryTimes.notBefore(null, lateEvening));
        assertEquals(at("2026-05-11T04:00:00Z"), DeliveryTimes.notBefore(quiet, lateEvening));
        // 00:00 in Tehran on the 11th; the digest is at 09:30 Tehran = 06:00 UTC
        assertEquals(at("2026-05-11T06:00:00Z"), DeliveryTimes.notBefore(digest, lateEvening));
    }
}
