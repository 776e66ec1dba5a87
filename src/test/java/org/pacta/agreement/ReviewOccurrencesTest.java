package org.pacta.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewOccurrencesTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final LocalDate SIGNED = LocalDate.of(2026, 1, 15);

    @Test
    void quarterlyReviewsFallOnTheSigningDayAtNineInTheAgreementsZone() {
        String rule = "FREQ=MONTHLY;INTERVAL=3";

        assertEquals(Optional.of(Instant.parse("2026-01-15T05:30:00Z")),
                ReviewSchedule.nextAfter(rule, SIGNED, TEHRAN, Instant.parse("2026-01-01T00:00:00Z")));
        assertEquals(Optional.of(Instant.parse("2026-04-15T05:30:00Z")),
                ReviewSchedule.nextAfter(rule, SIGNED, TEHRAN, Instant.parse("2026-03-01T00:00:00Z")));
    }

    @Test
    void theNextReviewIsStrictlyAfterTheGivenMoment() {
        assertEquals(Optional.of(Instant.parse("2026-07-15T05:30:00Z")), ReviewSchedule.nextAfter(
                "FREQ=MONTHLY;INTERVAL=3", SIGNED, TEHRAN, Instant.parse("2026-04-15T05:30:00Z")));
    }

    @Test
    void weeklyReviewsKeepNineLocalAcrossTheDstChange() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate monday = LocalDate.of(2026, 3, 23);

        assertEquals(Optional.of(Instant.parse("2026-03-23T08:00:00Z")),
                ReviewSchedule.nextAfter("FREQ=WEEKLY", monday, berlin, Instant.parse("2026-03-22T00:00:00Z")));
        assertEquals(Optional.of(Instant.parse("2026-03-30T07:00:00Z")),
                ReviewSchedule.nextAfter("FREQ=WEEKLY", monday, berlin, Instant.parse("2026-03-24T00:00:00Z")));
    }

    @Test
    void aRuleWithACountEnds() {
        String rule = "FREQ=MONTHLY;COUNT=2";

        assertEquals(Optional.of(Instant.parse("2026-02-15T05:30:00Z")),
                ReviewSchedule.nextAfter(rule, SIGNED, TEHRAN, Instant.parse("2026-01-20T00:00:00Z")));
        assertEquals(Optional.empty(), ReviewSchedule.nextAfter(rule, SIGNED, TEHRAN, Instant.parse("2026-02-20T00:00:00Z")));
    }

    @Test
    void noRuleMeansNoReviews() {
        assertEquals(Optional.empty(), ReviewSchedule.nextAfter(null, SIGNED, TEHRAN, Instant.parse("2026-02-20T00:00:00Z")));
        assertEquals(Optional.empty(), ReviewSchedule.nextAfter(" ", SIGNED, TEHRAN, Instant.parse("2026-02-20T00:00:00Z")));
    }

    @Test
    void rulesAreStoredWithoutPrefixInUpperCase() {
        assertEquals("FREQ=MONTHLY;INTERVAL=3", ReviewSchedule.normalize(" RRULE:freq=monthly;interval=3 "));
    }

    @Test
    void unusableRulesAreExplained() {
        assertTrue(ReviewSchedule.problem("FREQ=MONTHLY;INTERVAL=3").isEmpty());
        assertTrue(ReviewSchedule.problem(null).isEmpty());
        assertTrue(ReviewSchedule.problem("INTERVAL=3").orElseThrow().english().contains("FREQ"));
        assertTrue(ReviewSchedule.problem("FREQ=HOURLY").orElseThrow().english().contains("too frequent"));
        assertTrue(ReviewSchedule.problem("FREQ=MONTHLY;INTERVAL=0").orElseThrow().english().contains("INTERVAL"));
        assertTrue(ReviewSchedule.problem("FREQ=FORTNIGHTLY").isPresent());
    }
}
