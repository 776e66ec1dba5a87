package org.pacta.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.pacta.platform.Refusal;
import org.pacta.platform.Violations;

/** Deadlines a plan names by month, quarter or year, and items it gives no date at all. */
class DuePrecisionTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    @Test
    void aPeriodIsDueAtTheEndOfItsLastDay() {
        assertEquals(LocalDate.of(2024, 2, 29), DuePrecision.MONTH.lastDay(LocalDate.of(2024, 2, 3)));
        assertEquals(LocalDate.of(2024, 12, 31), DuePrecision.QUARTER.lastDay(LocalDate.of(2024, 10, 1)));
        assertEquals(LocalDate.of(2024, 6, 30), DuePrecision.QUARTER.lastDay(LocalDate.of(2024, 4, 30)));
        assertEquals(LocalDate.of(2024, 12, 31), DuePrecision.YEAR.lastDay(LocalDate.of(2024, 1, 1)));
        assertEquals(LocalDate.of(2024, 5, 7), DuePrecision.DAY.lastDay(LocalDate.of(2024, 5, 7)));

        Deadline q4 = Deadline.endOfPeriod(LocalDate.of(2024, 11, 15), DuePrecision.QUARTER, TEHRAN);
        assertEquals(Instant.parse("2024-12-31T20:30:00Z"), q4.dueAt()); // midnight in Tehran
        assertEquals(LocalDate.of(2024, 12, 31), q4.localDate());
        assertTrue(q4.dateOnly());
        assertEquals(DuePrecision.QUARTER, q4.precision());
        assertFalse(q4.passedAt(Instant.parse("2024-12-31T20:29:59Z")));
        assertTrue(q4.passedAt(Instant.parse("2024-12-31T20:30:00Z")));
    }

    @Test
    void englishReadsThePeriodAsThePlanWroteIt() {
        LocalDate end = LocalDate.of(2024, 12, 31);
        assertEquals("December 2024", DuePrecision.MONTH.inEnglish(end));
        assertEquals("Q4 2024", DuePrecision.QUARTER.inEnglish(end));
        assertEquals("2024", DuePrecision.YEAR.inEnglish(end));
    }

    @Test
    void onlyADateCanNameAPeriod() {
        assertThrows(IllegalArgumentException.class,
                () -> new Deadline(Instant.parse("2024-12-31T20:30:00Z"), TEHRAN, false, DuePrecision.MONTH));
        Violations v = Violations.forFields();
        assertNull(DeadlineRules.resolve(Instant.parse("2024-12-31T20:30:00Z"), null, null, DuePrecision.MONTH, TEHRAN, v,
                true));
        assertEquals("duePrecision", v.list().get(0).field());
    }

    @Test
    void anUndatedItemIsEitherWordsOrADateNeverBoth() {
        Violations v = Violations.forFields();
        Due words = DeadlineRules.resolveDue(null, null, null, null, "  90 days after guidance ", TEHRAN, v);
        assertTrue(v.isEmpty());
        assertTrue(words.isUndated());
        assertEquals("90 days after guidance", words.undated());

        Violations both = Violations.forFields();
        assertNull(DeadlineRules.resolveDue(null, LocalDate.of(2024, 1, 1), null, null, "Ongoing", TEHRAN, both));
        assertEquals("undated", both.list().get(0).field());

        Violations precise = Violations.forFields();
        assertNull(DeadlineRules.resolveDue(null, null, null, DuePrecision.YEAR, "Ongoing", TEHRAN, precise));
        assertEquals("duePrecision", precise.list().get(0).field());
    }

    @Test
    void aSamePeriodNamedOtherwiseIsAnotherDeadline() {
        Deadline day = Deadline.endOf(LocalDate.of(2024, 12, 31), TEHRAN);
        Deadline month = Deadline.endOfPeriod(LocalDate.of(2024, 12, 1), DuePrecision.MONTH, TEHRAN);
        assertEquals(day.dueAt(), month.dueAt());
        assertFalse(day.sameAs(month)); // "31 December" is more than "December": narrowing it is kept as a change
        assertTrue(month.sameAs(Deadline.endOfPeriod(LocalDate.of(2024, 12, 31), DuePrecision.MONTH, TEHRAN)));
    }

    @Test
    void anUndatedCommitmentIsNeverOverdueAndItsFirstDateIsItsBaseline() {
        Instant created = Instant.parse("2026-03-01T09:00:00Z");
        Commitment c = new Commitment(new org.pacta.agreement.Agreement(), "Publish the guidance",
                new org.pacta.agreement.Party("US", "United States", ZoneId.of("America/New_York")),
                Due.undated("90 days after guidance"), created);
        Instant muchLater = created.plus(java.time.Duration.ofDays(3650));
        assertFalse(c.isOverdue(muchLater));
        assertEquals(0, c.daysOverdue(muchLater));
        assertEquals(0, c.slippageDays());
        assertNull(c.deadline());
        assertNull(c.baselineDueAt);
        assertEquals("America/New_York", c.dueZone);

        Deadline first = Deadline.endOf(LocalDate.of(2026, 9, 30), ZoneId.of("America/New_York"));
        DeadlineChange change = c.reviseDeadline(first, "Guidance published on 2 July", "official", created);
        assertNull(change.oldDueAt);
        assertEquals("90 days after guidance", change.oldUndated);
        assertEquals(first.dueAt(), c.baselineDueAt);
        assertNull(c.undated);
        assertEquals(0, c.slippageDays());
        c.reviseDeadline(Deadline.endOf(LocalDate.of(2026, 10, 30), ZoneId.of("America/New_York")), "Late", "official",
                created);
        assertEquals(30, c.slippageDays());
        assertThrows(Refusal.class, () -> c.rewordUndated("Ongoing"));
    }
}
