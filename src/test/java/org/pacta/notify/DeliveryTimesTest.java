package org.pacta.notify;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeliveryTimesTest {

    static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    @Test
    void theDigestGoesAtTheNextLocalDigestTime() {
        // 08:00 Minsk is 05:00Z.
        assertThat(DeliveryTimes.nextDigest(LocalTime.of(8, 0), MINSK, Instant.parse("2026-03-10T04:00:00Z")),
                equalTo(Instant.parse("2026-03-10T05:00:00Z")));
        assertThat(DeliveryTimes.nextDigest(LocalTime.of(8, 0), MINSK, Instant.parse("2026-03-10T05:00:00Z")),
                equalTo(Instant.parse("2026-03-11T05:00:00Z")));
    }

    @Test
    void quietHoursAcrossMidnightHoldMessagesUntilTheyEnd() {
        LocalTime from = LocalTime.of(22, 0);
        LocalTime to = LocalTime.of(7, 0);
        // 23:30 Minsk (20:30Z) → 07:00 next morning (04:00Z); 03:00 Minsk (00:00Z) → 07:00 the same morning.
        assertThat(DeliveryTimes.afterQuietHours(from, to, MINSK, Instant.parse("2026-03-10T20:30:00Z")),
                equalTo(Instant.parse("2026-03-11T04:00:00Z")));
        assertThat(DeliveryTimes.afterQuietHours(from, to, MINSK, Instant.parse("2026-03-11T00:00:00Z")),
                equalTo(Instant.parse("2026-03-11T04:00:00Z")));
        Instant noon = Instant.parse("2026-03-11T09:00:00Z");
        assertThat(DeliveryTimes.afterQuietHours(from, to, MINSK, noon), equalTo(noon));
    }

    @Test
    void quietHoursWithinADay() {
        LocalTime from = LocalTime.of(12, 0);
        LocalTime to = LocalTime.of(14, 0);
        assertThat(DeliveryTimes.afterQuietHours(from, to, ZoneId.of("UTC"), Instant.parse("2026-03-11T13:00:00Z")),
                equalTo(Instant.parse("2026-03-11T14:00:00Z")));
    }
}
