package org.pacta.followup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacta.commitment.Deadline;
import org.pacta.notify.Draft;
import org.pacta.notify.Notification;

class FollowupPlannerTest {

    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Due by the end of 31 March 2026 in Tehran: 2026-03-31T20:30Z. */
    static final Deadline DATE_ONLY = Deadline.endOf(LocalDate.of(2026, 3, 31), TEHRAN);

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void dayLeadsBeforeADateOnlyDeadlineFallOnTheMorningsBeforeIt() {
        List<Stage> stages = FollowupPlanner.finiteStages(DATE_ONLY, Ladder.DEFAULT);
        assertThat(stages.stream().map(Stage::code).toList(),
                contains("DUE_SOON:P14D", "DUE_SOON:P3D", "DUE_SOON:P1D", "DUE_TODAY", "OVERDUE"));
        // 08:00 Tehran is 04:30 UTC.
        assertThat(stages.stream().map(Stage::at).toList(), contains(at("2026-03-17T04:30:00Z"),
                at("2026-03-28T04:30:00Z"), at("2026-03-30T04:30:00Z"), at("2026-03-31T04:30:00Z"),
                at("2026-03-31T20:30:00Z")));
    }

    @Test
    void theSameDateInMinskFallsDueAtAnotherInstant() {
        Deadline minsk = Deadline.endOf(LocalDate.of(2026, 3, 31), MINSK);
        assertThat(FollowupPlanner.latestDue(minsk, Ladder.DEFAULT, at("2026-03-31T20:30:00Z")).orElseThrow().code(),
                equalTo("DUE_TODAY"));
        assertThat(FollowupPlanner.latestDue(DATE_ONLY, Ladder.DEFAULT, at("2026-03-31T20:30:00Z")).orElseThrow().code(),
                equalTo("OVERDUE"));
    }

    @Test
    void exactLeadsBeforeAnInstantDeadlineAreThatLongBeforeIt() {
        Deadline due = Deadline.at(at("2026-05-10T12:00:00Z"), ZoneId.of("UTC"));
        Ladder ladder = new Ladder(List.of(Duration.ofMinutes(2), Duration.ofHours(36)), false, true, null, null);
        assertThat(FollowupPlanner.finiteStages(due, ladder).stream().map(Stage::at).toList(),
                contains(at("2026-05-09T00:00:00Z"), at("2026-05-10T11:58:00Z"), at("2026-05-10T12:00:00Z")));
    }

    @Test
    void theDueDayReminderComesAtTheStartOfTheDayWhenTheDeadlineIsBeforeTheMorning() {
        Deadline early = Deadline.at(at("2026-05-10T05:00:00Z"), ZoneId.of("UTC"));
        assertThat(FollowupPlanner.dueTodayMoment(early).orElseThrow(), equalTo(at("2026-05-10T00:00:00Z")));
        Deadline midnight = Deadline.at(at("2026-05-10T00:00:00Z"), ZoneId.of("UTC"));
        assertThat(FollowupPlanner.dueTodayMoment(midnight).isPresent(), is(false));
    }

    @Test
    void onlyTheLatestDueRungIsOwedAndTheNextOneIsKnown() {
        Instant now = at("2026-03-29T10:00:00Z");
        assertThat(FollowupPlanner.latestDue(DATE_ONLY, Ladder.DEFAULT, now).orElseThrow().code(), equalTo("DUE_SOON:P3D"));
        assertThat(FollowupPlanner.nextAfter(DATE_ONLY, Ladder.DEFAULT, now).orElseThrow(), equalTo(at("2026-03-30T04:30:00Z")));
        assertThat(FollowupPlanner.latestDue(DATE_ONLY, Ladder.DEFAULT, at("2026-03-01T00:00:00Z")).isPresent(), is(false));
    }

    @Test
    void overdueAtTheDeadlineInstantThenAnEscalationEveryPeriod() {
        Instant due = DATE_ONLY.dueAt();
        assertThat(FollowupPlanner.latestDue(DATE_ONLY, Ladder.DEFAULT, due.minusNanos(1)).orElseThrow().code(),
                equalTo("DUE_TODAY"));
        assertThat(FollowupPlanner.latestDue(DATE_ONLY, Ladder.DEFAULT, due).orElseThrow().code(), equalTo("OVERDUE"));
        assertThat(FollowupPlanner.nextAfter(DATE_ONLY, Ladder.DEFAULT, due).orElseThrow(), equalTo(due.plus(Duration.ofDays(7))));
        Stage third = FollowupPlanner.latestDue(DATE_ONLY, Ladder.DEFAULT, due.plus(Duration.ofDays(22))).orElseThrow();
        assertThat(third.code(), equalTo("ESCALATION:P7D:3"));
        assertThat(third.at(), equalTo(due.plus(Duration.ofDays(21))));
        assertThat(FollowupPlanner.nextAfter(DATE_ONLY, Ladder.DEFAULT, due.plus(Duration.ofDays(22))).orElseThrow(),
                equalTo(due.plus(Duration.ofDays(28))));
    }

    @Test
    void aLadderWithoutEscalationEndsAtTheDeadline() {
        Ladder ladder = new Ladder(List.of(Duration.ofDays(1)), true, true, null, null);
        Instant after = DATE_ONLY.dueAt().plus(Duration.ofDays(30));
        assertThat(FollowupPlanner.latestDue(DATE_ONLY, ladder, after).orElseThrow().code(), equalTo("OVERDUE"));
        assertThat(FollowupPlanner.nextAfter(DATE_ONLY, ladder, after).isPresent(), is(false));
    }

    @Test
    void aDayLeadAcrossTheSpringDstChangeStaysAtEightInTheMorning() {
        // Berlin moves to summer time on 29 March 2026: 08:00 is 07:00Z before, 06:00Z after.
        Deadline berlin = Deadline.endOf(LocalDate.of(2026, 3, 31), BERLIN);
        List<Instant> moments = FollowupPlanner.finiteStages(berlin, Ladder.DEFAULT).stream().map(Stage::at).toList();
        assertThat(moments.get(1), equalTo(at("2026-03-28T07:00:00Z")));
        assertThat(moments.get(2), equalTo(at("2026-03-30T06:00:00Z")));
        assertThat(berlin.dueAt(), equalTo(at("2026-03-31T22:00:00Z")));
    }

    @Test
    void coordinatorsHearFromTheEscalationAfterTheConfiguredRepeats() {
        Ladder ladder = new Ladder(List.of(), false, true, Duration.ofDays(7), 2);
        ItemPlan.Item item = new ItemPlan.Item(42L, null, 7L, DATE_ONLY, true);
        List<Recipient> owner = List.of(new Recipient(Notification.RecipientKind.OWNER, null, "owner@example.org", ladder));
        List<String> coordinators = List.of("coord@example.org");

        ItemPlan second = ItemPlan.of(item, owner, coordinators, DATE_ONLY.dueAt().plus(Duration.ofDays(15)));
        assertThat(second.drafts(), hasSize(1));
        ItemPlan third = ItemPlan.of(item, owner, coordinators, DATE_ONLY.dueAt().plus(Duration.ofDays(22)));
        assertThat(third.drafts().stream().map(Draft::recipient).toList(), contains("owner@example.org", "coord@example.org"));
        assertThat(third.drafts().get(1).key(), equalTo("commitment:42:" + DATE_ONLY.dueAt().getEpochSecond()
                + ":ESCALATION:P7D:3:coord:coord@example.org"));
    }

    @Test
    void aClosedItemOwesNothingAndIsNotLookedAtAgain() {
        ItemPlan.Item done = new ItemPlan.Item(1L, null, 1L, DATE_ONLY, false);
        ItemPlan plan = ItemPlan.of(done, List.of(Recipient.owner("o@example.org")), List.of(), DATE_ONLY.dueAt());
        assertThat(plan.drafts(), empty());
        assertThat(plan.next(), equalTo(null));
    }

    @Test
    void aRevisedDeadlineIsANewOccurrenceWithNewKeys() {
        ItemPlan.Item before = new ItemPlan.Item(5L, null, 1L, DATE_ONLY, true);
        Deadline later = Deadline.endOf(LocalDate.of(2026, 4, 30), TEHRAN);
        ItemPlan.Item after = new ItemPlan.Item(5L, null, 1L, later, true);
        List<Recipient> owner = List.of(Recipient.owner("o@example.org"));
        String k1 = ItemPlan.of(before, owner, List.of(), at("2026-04-20T10:00:00Z")).drafts().get(0).key();
        String k2 = ItemPlan.of(after, owner, List.of(), at("2026-04-20T10:00:00Z")).drafts().get(0).key();
        assertThat(k1.equals(k2), is(false));
        assertThat(k2, equalTo("commitment:5:" + later.dueAt().getEpochSecond() + ":DUE_SOON:P14D:owner:o@example.org"));
    }
}
