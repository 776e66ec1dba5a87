package org.pacta.commitment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void theSameDateFallsDueAtDifferentInstantsInTehranAndMinsk() {
        // January: no daylight saving anywhere involved, whatever the tz database version says about Iran.
        LocalDate date = LocalDate.of(2026, 1, 15);

        Deadline tehran = Deadline.endOf(date, TEHRAN);
        Deadline minsk = Deadline.endOf(date, MINSK);

        assertThat(tehran.dueAt(), equalTo(Instant.parse("2026-01-15T20:30:00Z")));
        assertThat(minsk.dueAt(), equalTo(Instant.parse("2026-01-15T21:00:00Z")));
        assertThat(tehran.localDate(), equalTo(date));
        assertThat(minsk.localDate(), equalTo(date));
        assertThat(tehran.dateOnly(), is(true));
    }

    @Test
    void aDateOnlyDeadlineEndsAtLocalMidnightAcrossTheSpringForwardInBerlin() {
        // 2026-03-29 is the last Sunday of March: 02:00 CET jumps to 03:00 CEST, so that day has 23 hours.
        Deadline saturday = Deadline.endOf(LocalDate.of(2026, 3, 28), BERLIN);
        Deadline sunday = Deadline.endOf(LocalDate.of(2026, 3, 29), BERLIN);

        assertThat(saturday.dueAt(), equalTo(Instant.parse("2026-03-28T23:00:00Z")));
        assertThat(sunday.dueAt(), equalTo(Instant.parse("2026-03-29T22:00:00Z")));
        assertThat(Duration.between(saturday.dueAt(), sunday.dueAt()), equalTo(Duration.ofHours(23)));
        assertThat(sunday.dueAt().atZone(BERLIN).toLocalTime(), equalTo(LocalTime.MIDNIGHT));
        assertThat(sunday.localDate(), equalTo(LocalDate.of(2026, 3, 29)));
    }

    @Test
    void aDateOnlyDeadlineEndsAtLocalMidnightAcrossTheFallBackInNewYork() {
        // 2026-11-01: 02:00 EDT falls back to 01:00 EST, so that day has 25 hours.
        Deadline saturday = Deadline.endOf(LocalDate.of(2026, 10, 31), NEW_YORK);
        Deadline sunday = Deadline.endOf(LocalDate.of(2026, 11, 1), NEW_YORK);

        assertThat(saturday.dueAt(), equalTo(Instant.parse("2026-11-01T04:00:00Z")));
        assertThat(sunday.dueAt(), equalTo(Instant.parse("2026-11-02T05:00:00Z")));
        assertThat(Duration.between(saturday.dueAt(), sunday.dueAt()), equalTo(Duration.ofHours(25)));
        assertThat(sunday.localDate(), equalTo(LocalDate.of(2026, 11, 1)));
    }

    @Test
    void anInstantDeadlineBelongsToTheLocalDayItFallsOn() {
        Deadline deadline = Deadline.at(Instant.parse("2026-03-31T21:00:00Z"), TEHRAN);

        assertThat(deadline.dateOnly(), is(false));
        assertThat(deadline.localDate(), equalTo(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void aDeadlinePassesExactlyAtItsInstant() {
        Deadline deadline = Deadline.endOf(LocalDate.of(2026, 3, 31), MINSK);

        assertThat(deadline.passedAt(deadline.dueAt().minusNanos(1)), is(false));
        assertThat(deadline.passedAt(deadline.dueAt()), is(true));
        assertThat(deadline.passedAt(deadline.dueAt().plusSeconds(1)), is(true));
    }

    @Test
    void daysOverdueCountsStartedDaysAfterTheDeadline() {
        Deadline deadline = Deadline.at(Instant.parse("2026-03-31T12:00:00Z"), MINSK);
        Instant due = deadline.dueAt();

        assertThat(deadline.daysOverdue(due.minusNanos(1)), equalTo(0L));
        assertThat(deadline.daysOverdue(due), equalTo(1L));
        assertThat(deadline.daysOverdue(due.plus(Duration.ofHours(23).plusMinutes(59))), equalTo(1L));
        assertThat(deadline.daysOverdue(due.plus(Duration.ofHours(24))), equalTo(2L));
        assertThat(deadline.daysOverdue(due.plus(Duration.ofHours(47))), equalTo(2L));
        assertThat(deadline.daysOverdue(due.plus(Duration.ofHours(48))), equalTo(3L));
    }

    @Test
    void slippageIsCountedInWholeDaysEvenAcrossADaylightSavingChange() {
        Instant baseline = Deadline.endOf(LocalDate.of(2026, 3, 28), BERLIN).dueAt();
        Instant twoDaysLater = Deadline.endOf(LocalDate.of(2026, 3, 30), BERLIN).dueAt();

        assertThat(Duration.between(baseline, twoDaysLater), not(equalTo(Duration.ofDays(2))));
        assertThat(Deadline.slippageDays(baseline, twoDaysLater), equalTo(2L));
        assertThat(Deadline.slippageDays(twoDaysLater, baseline), equalTo(-2L));
        assertThat(Deadline.slippageDays(baseline, baseline), equalTo(0L));
    }
}
