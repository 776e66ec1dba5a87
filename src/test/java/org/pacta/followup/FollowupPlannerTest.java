package org.pacta.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pacta.commitment.Deadline;
import org.pacta.notify.Ladder;
import org.pacta.notify.Notification.Kind;

class FollowupPlannerTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    private static List<String> codes(List<Stage> stages) {
        return stages.stream().map(Stage::code).toList();
    }

    private static List<Instant> moments(List<Stage> stages) {
        return stages.stream().map(Stage::at).toList();
    }

    private static Ladder ladder(List<Duration> leads, boolean onDue, boolean onOverdue, Duration every, Integer after) {
        return new Ladder(leads, onDue, onOverdue, every, after);
    }

    @Test
    void dateOnlyDeadlineInTehranRemindsAtEightInTheMorningLocalTime() {
        // Due by the end of 20 March in Tehran (+03:30): the deadline is local midnight, 20:30 UTC.
        Deadline d = Deadline.endOf(LocalDate.of(2026, 3, 20), TEHRAN);
        assertEquals(at("2026-03-20T20:30:00Z"), d.dueAt());

        List<Stage> stages = FollowupPlanner.finiteStages(d, Ladder.DEFAULT);

        assertEquals(List.of("DUE_SOON:P14D", "DUE_SOON:P3D", "DUE_SOON:P1D", "DUE_TODAY", "OVERDUE"), codes(stages));
        assertEquals(List.of(
                at("2026-03-06T04:30:00Z"), // 08:00 Tehran, 14 days before the date
                at("2026-03-17T04:30:00Z"),
                at("2026-03-19T04:30:00Z"),
                at("2026-03-20T04:30:00Z"), // 08:00 on the day itself
                at("2026-03-20T20:30:00Z")), moments(stages));
    }

    @Test
    void instantDeadlineInMinskRemindsExactlyTheLeadBeforeIt() {
        Deadline d = Deadline.at(at("2026-05-10T15:00:00Z"), MINSK);
        Ladder ladder = ladder(List.of(Duration.ofHours(12), Duration.ofDays(1)), true, true, null, null);

        List<Stage> stages = FollowupPlanner.finiteStages(d, ladder);

        assertEquals(List.of("DUE_SOON:P1D", "DUE_SOON:PT12H", "DUE_TODAY", "OVERDUE"), codes(stages));
        assertEquals(List.of(at("2026-05-09T15:00:00Z"), at("2026-05-10T03:00:00Z"),
                at("2026-05-10T05:00:00Z"), at("2026-05-10T15:00:00Z")), moments(stages));
    }

    @Test
    void deadlineBeforeTheMorningGetsItsDueTodayAtTheStartOfTheDay() {
        // 06:00 in Minsk: the 08:00 reminder would come after the deadline.
        Deadline d = Deadline.at(at("2026-05-10T03:00:00Z"), MINSK);

        assertEquals(Optional.of(at("2026-05-09T21:00:00Z")), FollowupPlanner.dueTodayMoment(d));
    }

    @Test
    void deadlineAtLocalMidnightHasNoDueTodayReminder() {
        Deadline d = Deadline.at(at("2026-05-09T21:00:00Z"), MINSK);

        assertEquals(Optional.empty(), FollowupPlanner.dueTodayMoment(d));
        assertEquals(List.of("OVERDUE"), codes(FollowupPlanner.finiteStages(d,
                ladder(List.of(), true, true, null, null))));
    }

    @Test
    void morningRemindersStayAtEightLocalAcrossTheSpringDstChange() {
        // Berlin moves from +01:00 to +02:00 on Sunday 29 March 2026.
        Deadline d = Deadline.endOf(LocalDate.of(2026, 3, 30), BERLIN);
        List<Stage> stages = FollowupPlanner.finiteStages(d, ladder(List.of(Duration.ofDays(3), Duration.ofDays(1)),
                true, false, null, null));

        assertEquals(List.of(
                at("2026-03-27T07:00:00Z"), // 08:00 CET
                at("2026-03-29T06:00:00Z"), // 08:00 CEST, the morning after the change
                at("2026-03-30T06:00:00Z")), moments(stages));
        assertEquals(at("2026-03-30T22:00:00Z"), d.dueAt());
    }

    @Test
    void leadBeforeAnInstantDeadlineAcrossTheDstChangeIsElapsedTime() {
        Deadline d = Deadline.at(at("2026-03-29T10:00:00Z"), BERLIN);

        assertEquals(at("2026-03-28T10:00:00Z"), FollowupPlanner.leadMoment(d, Duration.ofDays(1)));
    }

    @Test
    void hourLeadBeforeADateOnlyDeadlineCountsBackFromLocalMidnight() {
        Deadline d = Deadline.endOf(LocalDate.of(2026, 3, 20), TEHRAN);

        assertEquals(at("2026-03-20T18:30:00Z"), FollowupPlanner.leadMoment(d, Duration.ofHours(2)));
    }

    @Test
    void leadLongerThanTheTimeLeftStillPlansItsRungButNothingIsDueBeforeIt() {
        Deadline d = Deadline.endOf(LocalDate.of(2026, 3, 20), TEHRAN);

        assertEquals(Optional.empty(), FollowupPlanner.latestDue(d, Ladder.DEFAULT, at("2026-03-06T04:29:59Z")));
        assertEquals(Optional.of(at("2026-03-06T04:30:00Z")),
                FollowupPlanner.nextAfter(d, Ladder.DEFAULT, at("2026-03-01T00:00:00Z")));
    }

    @Test
    void onlyTheLatestDueRungIsReturnedAfterDowntime() {
        Deadline d = Deadline.endOf(LocalDate.of(2026, 3, 20), TEHRAN);

        // Down from before the 14-day reminder until after the morning of the due day.
        Stage s = FollowupPlanner.latestDue(d, Ladder.DEFAULT, at("2026-03-20T12:00:00Z")).orElseThrow();

        assertEquals(Kind.DUE_TODAY, s.kind());
        assertEquals(at("2026-03-20T04:30:00Z"), s.at());
    }

    @Test
    void rungIsDueFromItsExactMoment() {
        Deadline d = Deadline.endOf(LocalDate.of(2026, 3, 20), TEHRAN);

        assertEquals("DUE_SOON:P14D", FollowupPlanner.latestDue(d, Ladder.DEFAULT, at("2026-03-06T04:30:00Z"))
                .orElseThrow().code());
        assertEquals("DUE_SOON:P3D", FollowupPlanner.latestDue(d, Ladder.DEFAULT, at("2026-03-17T04:30:00Z"))
                .orElseThrow().code());
    }

    @Test
    void overdueAtTheDeadlineInstantItself() {
        Deadline d = Deadline.at(at("2026-05-10T15:00:00Z"), MINSK);

        assertEquals(Kind.DUE_TODAY, FollowupPlanner.latestDue(d, Ladder.DEFAULT, at("2026-05-10T14:59:59Z"))
                .orElseThrow().kind());
        assertEquals(Kind.OVERDUE, FollowupPlanner.latestDue(d, Ladder.DEFAULT, at("2026-05-10T15:00:00Z"))
                .orElseThrow().kind());
    }

    @Test
    void escalationNumberNFallsAtDueAtPlusNTimesThePeriod() {
        Deadline d = Deadline.at(at("2026-05-10T15:00:00Z"), MINSK);

        assertEquals("OVERDUE", FollowupPlanner.latestDue(d, Ladder.DEFAULT, at("2026-05-17T14:59:59Z"))
                .orElseThrow().code());
        Stage first = FollowupPlanner.latestDue(d, Ladder.DEFAULT, at("2026-05-17T15:00:00Z")).orElseThrow();
        assertEquals("ESCALATION:P7D:1", first.code());
        assertEquals(1, first.escalation());
        assertEquals(at("2026-05-17T15:00:00Z"), first.at());

        Stage third = FollowupPlanner.latestDue(d, Ladder.DEFAULT, at("2026-06-02T00:00:00Z")).orElseThrow();
        assertEquals("ESCALATION:P7D:3", third.code());
        assertEquals(at("2026-05-31T15:00:00Z"), third.at());
    }

    @Test
    void nextRungAfterEachMomentWalksTheWholeLadderThenEveryEscalation() {
        Deadline d = Deadline.at(at("2026-05-10T15:00:00Z"), MINSK);
        Ladder ladder = ladder(List.of(Duration.ofDays(1)), false, true, Duration.ofDays(2), 1);

        assertEquals(Optional.of(at("2026-05-09T15:00:00Z")), FollowupPlanner.nextAfter(d, ladder, at("2026-05-01T00:00:00Z")));
        assertEquals(Optional.of(at("2026-05-10T15:00:00Z")), FollowupPlanner.nextAfter(d, ladder, at("2026-05-09T15:00:00Z")));
        assertEquals(Optional.of(at("2026-05-12T15:00:00Z")), FollowupPlanner.nextAfter(d, ladder, at("2026-05-10T15:00:00Z")));
        assertEquals(Optional.of(at("2026-05-14T15:00:00Z")), FollowupPlanner.nextAfter(d, ladder, at("2026-05-12T15:00:00Z")));
        assertEquals(Optional.of(at("2026-05-22T15:00:00Z")), FollowupPlanner.nextAfter(d, ladder, at("2026-05-21T00:00:00Z")));
    }

    @Test
    void withoutEscalationTheOverdueNoticeIsTheLastWord() {
        Deadline d = Deadline.at(at("2026-05-10T15:00:00Z"), MINSK);
        Ladder ladder = ladder(Ladder.DEFAULT_LEAD_TIMES, true, true, null, null);

        assertEquals("OVERDUE", FollowupPlanner.latestDue(d, ladder, at("2027-01-01T00:00:00Z")).orElseThrow().code());
        assertEquals(Optional.empty(), FollowupPlanner.nextAfter(d, ladder, at("2026-05-10T15:00:00Z")));
    }

    @Test
    void ladderWithoutDueAndOverdueRungsEndsWithItsLastLead() {
        Deadline d = Deadline.at(at("2026-05-10T15:00:00Z"), MINSK);
        Ladder ladder = ladder(List.of(Duration.ofDays(3)), false, false, null, null);

        assertEquals("DUE_SOON:P3D", FollowupPlanner.latestDue(d, ladder, at("2026-05-20T00:00:00Z")).orElseThrow().code());
        assertTrue(FollowupPlanner.nextAfter(d, ladder, at("2026-05-07T15:00:00Z")).isEmpty());
    }

    @Test
    void ladderDropsZeroNegativeAndRepeatedLeadsAndSortsLongestFirst() {
        Ladder ladder = new Ladder(List.of(Duration.ofDays(1), Duration.ZERO, Duration.ofDays(14), Duration.ofDays(1),
                Duration.ofHours(-3)), true, true, null, null);

        assertEquals(List.of(Duration.ofDays(14), Duration.ofDays(1)), ladder.leadTimes());
    }

    @Test
    void escalationInWorkingDaysSkipsTheDaysOffOfTheResponsibleParty() {
        // Iran: Saturday to Thursday morning, Friday off, Nowruz 1-4 Farvardin (21-24 March 2026).
        org.pacta.agreement.WorkCalendar iran = new org.pacta.agreement.WorkCalendar(java.util.EnumSet.of(
                java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY, java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY), java.time.DayOfWeek.THURSDAY,
                java.time.LocalTime.NOON, null, java.util.Map.of(), java.util.Map.of(
                        new org.pacta.agreement.WorkCalendar.SolarDay(1, 1), "Nowruz",
                        new org.pacta.agreement.WorkCalendar.SolarDay(1, 2), "Nowruz",
                        new org.pacta.agreement.WorkCalendar.SolarDay(1, 3), "Nowruz",
                        new org.pacta.agreement.WorkCalendar.SolarDay(1, 4), "Nowruz"), java.util.Map.of());
        // Overdue from Tuesday 17 March 12:00 in Tehran; escalations every 2 working days.
        Deadline d = Deadline.at(at("2026-03-17T08:30:00Z"), TEHRAN);
        Ladder ladder = ladder(List.of(), false, true, Duration.ofDays(2), 3);

        // Working days after the deadline: 18 (Wed), 19 (Thu), 25 (Wed), 26 (Thu), 28 (Sat).
        assertEquals(Optional.of(at("2026-03-19T08:30:00Z")), FollowupPlanner.nextAfter(d, ladder, d.dueAt(), iran));
        Stage first = FollowupPlanner.latestDue(d, ladder, at("2026-03-20T08:30:00Z"), iran).orElseThrow();
        assertEquals("ESCALATION:P2D:1", first.code());
        assertEquals(at("2026-03-19T08:30:00Z"), first.at());
        assertEquals(Optional.of(at("2026-03-26T08:30:00Z")), FollowupPlanner.nextAfter(d, ladder, first.at(), iran),
                "past the Friday and Nowruz");
        Stage second = FollowupPlanner.latestDue(d, ladder, at("2026-03-26T08:30:00Z"), iran).orElseThrow();
        assertEquals("ESCALATION:P2D:2", second.code());
        assertEquals(at("2026-03-26T08:30:00Z"), second.at());
        assertEquals(1, FollowupPlanner.latestDue(d, ladder, at("2026-03-26T08:29:59Z"), iran).orElseThrow().escalation());

        // Without the agreement's word, calendar days as before: the second escalation on 21 March.
        assertEquals(at("2026-03-21T08:30:00Z"), FollowupPlanner.latestDue(d, ladder, at("2026-03-22T00:00:00Z")).orElseThrow().at());
    }
}
