package org.pacta.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacta.commitment.Deadline;
import org.pacta.notify.Draft;
import org.pacta.notify.Notification;
import org.pacta.notify.Subscription;

class ItemPlanTest {

    private static final Deadline DUE = Deadline.at(Instant.parse("2026-05-10T15:00:00Z"), ZoneId.of("Europe/Minsk"));
    private static final long EPOCH = 1778425200L;
    private static final ItemPlan.Item COMMITMENT = new ItemPlan.Item(5L, null, 3L, DUE, true);

    private static Subscription webhook(long id, String leads, boolean onDue, String every, Integer after) {
        Subscription s = new Subscription();
        s.id = id;
        s.scope = Subscription.Scope.AGREEMENT;
        s.agreementId = 3L;
        s.channel = Subscription.Channel.WEBHOOK;
        s.url = "https://hooks.example.org/pacta";
        s.leadTimes = leads;
        s.onDue = onDue;
        s.onOverdue = true;
        s.escalateEvery = every;
        s.escalateAfter = after;
        s.delivery = Subscription.Delivery.IMMEDIATE;
        s.timeZone = "UTC";
        return s;
    }

    private static List<String> keys(ItemPlan plan) {
        return plan.drafts().stream().map(Draft::key).toList();
    }

    @Test
    void eachRecipientGetsItsOwnLatestRungAndCoordinatorsJoinAfterTheEscalationThreshold() {
        Subscription sub = webhook(42, "P3D", false, "P1D", 1);
        List<Recipient> recipients = List.of(Recipient.owner("owner@example.org"), Recipient.of(sub));

        ItemPlan plan = ItemPlan.of(COMMITMENT, recipients, List.of("coord@example.org"),
                Instant.parse("2026-05-12T15:00:00Z"));

        assertEquals(List.of(
                "commitment:5:" + EPOCH + ":OVERDUE:owner:owner@example.org",
                "commitment:5:" + EPOCH + ":ESCALATION:P1D:2:sub:42",
                "commitment:5:" + EPOCH + ":ESCALATION:P1D:2:coord:coord@example.org"), keys(plan));
        Draft coordinator = plan.drafts().get(2);
        assertEquals(Notification.RecipientKind.COORDINATOR, coordinator.recipientKind());
        assertEquals(Subscription.Channel.EMAIL, coordinator.channel());
        assertEquals("coord@example.org", coordinator.recipient());
        Draft hook = plan.drafts().get(1);
        assertEquals("https://hooks.example.org/pacta", hook.recipient());
        assertEquals(Subscription.Channel.WEBHOOK, hook.channel());
        assertEquals(DUE.dueAt(), hook.occurrence());
        // The subscriber's next escalation comes before the owner's first one.
        assertEquals(Instant.parse("2026-05-13T15:00:00Z"), plan.next());
    }

    @Test
    void coordinatorsDoNotHearAtTheThresholdItself() {
        Subscription sub = webhook(42, "P3D", false, "P1D", 1);

        ItemPlan plan = ItemPlan.of(COMMITMENT, List.of(Recipient.of(sub)), List.of("coord@example.org"),
                Instant.parse("2026-05-11T15:00:00Z"));

        assertEquals(List.of("commitment:5:" + EPOCH + ":ESCALATION:P1D:1:sub:42"), keys(plan));
    }

    @Test
    void ownerLadderBringsInCoordinatorsFromTheFourthWeeklyEscalation() {
        List<Recipient> owner = List.of(Recipient.owner("owner@example.org"));
        List<String> coordinators = List.of("a@example.org", "b@example.org");

        ItemPlan third = ItemPlan.of(COMMITMENT, owner, coordinators, Instant.parse("2026-05-31T15:00:00Z"));
        ItemPlan fourth = ItemPlan.of(COMMITMENT, owner, coordinators, Instant.parse("2026-06-07T15:00:00Z"));

        assertEquals(List.of("commitment:5:" + EPOCH + ":ESCALATION:P7D:3:owner:owner@example.org"), keys(third));
        assertEquals(List.of(
                "commitment:5:" + EPOCH + ":ESCALATION:P7D:4:owner:owner@example.org",
                "commitment:5:" + EPOCH + ":ESCALATION:P7D:4:coord:a@example.org",
                "commitment:5:" + EPOCH + ":ESCALATION:P7D:4:coord:b@example.org"), keys(fourth));
    }

    @Test
    void theSameMomentGivesTheSameKeysSoARepeatedSweepWritesNothingNew() {
        List<Recipient> owner = List.of(Recipient.owner("owner@example.org"));
        Instant now = Instant.parse("2026-05-07T15:00:00Z");

        assertEquals(keys(ItemPlan.of(COMMITMENT, owner, List.of(), now)),
                keys(ItemPlan.of(COMMITMENT, owner, List.of(), now.plusSeconds(3600))));
    }

    @Test
    void aRevisedDeadlineIsANewOccurrenceWithNewKeys() {
        Deadline later = Deadline.at(DUE.dueAt().plusSeconds(86_400 * 10), DUE.zone());
        ItemPlan.Item revised = new ItemPlan.Item(5L, null, 3L, later, true);
        List<Recipient> owner = List.of(Recipient.owner("owner@example.org"));

        ItemPlan plan = ItemPlan.of(revised, owner, List.of(), Instant.parse("2026-05-17T15:00:00Z"));

        assertEquals(List.of("commitment:5:" + (EPOCH + 864_000) + ":DUE_SOON:P3D:owner:owner@example.org"), keys(plan));
    }

    @Test
    void milestonesHaveTheirOwnKeys() {
        ItemPlan.Item milestone = new ItemPlan.Item(5L, 77L, 3L, DUE, true);

        ItemPlan plan = ItemPlan.of(milestone, List.of(Recipient.owner("owner@example.org")), List.of(),
                Instant.parse("2026-05-10T15:00:00Z"));

        assertEquals(List.of("milestone:77:" + EPOCH + ":OVERDUE:owner:owner@example.org"), keys(plan));
        assertEquals(77L, plan.drafts().get(0).milestoneId());
        assertEquals(5L, plan.drafts().get(0).commitmentId());
    }

    @Test
    void closedItemOwesNothingAndNeedsNoFurtherLook() {
        ItemPlan.Item done = new ItemPlan.Item(5L, null, 3L, DUE, false);

        ItemPlan plan = ItemPlan.of(done, List.of(Recipient.owner("owner@example.org")), List.of("c@example.org"),
                Instant.parse("2026-06-30T00:00:00Z"));

        assertTrue(plan.drafts().isEmpty());
        assertNull(plan.next());
    }

    @Test
    void noRecipientsMeansNoDraftsAndNoNextMoment() {
        ItemPlan plan = ItemPlan.of(COMMITMENT, List.of(), List.of("c@example.org"), Instant.parse("2026-06-30T00:00:00Z"));

        assertTrue(plan.drafts().isEmpty());
        assertNull(plan.next());
    }
}
