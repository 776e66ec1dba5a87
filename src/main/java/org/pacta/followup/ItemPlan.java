package org.pacta.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pacta.commitment.Confirmation;
import org.pacta.commitment.Deadline;
import org.pacta.notify.Draft;
import org.pacta.notify.Ladder;
import org.pacta.notify.Notification;

/**
 * What one item (a commitment or a milestone) owes its recipients now, and when it must next be looked at.
 * Pure, built on {@link FollowupPlanner}.
 */
public record ItemPlan(List<Draft> drafts, Instant next) {

    /**
     * Which item a plan is for; an undated item has no deadline, and owes nothing. With {@code confirmation} the item
     * is done and its completion waits for the other parties: its deadline is the end of their wait.
     */
    public record Item(Long commitmentId, Long milestoneId, long agreementId, Deadline deadline, boolean open,
            boolean confirmation) {

        public Item(Long commitmentId, Long milestoneId, long agreementId, Deadline deadline, boolean open) {
            this(commitmentId, milestoneId, agreementId, deadline, open, false);
        }

        /**
         * What a commitment or milestone is followed up for: its deadline while open; once done and still unconfirmed
         * by the other parties, the end of their wait ({@code askedAt} + {@code wait}); else nothing.
         */
        public static Item of(Long commitmentId, Long milestoneId, long agreementId, Deadline deadline, boolean open,
                Confirmation confirmation, Instant askedAt, ZoneId zone, Duration wait) {
            if (!open && confirmation == Confirmation.PENDING && askedAt != null) {
                return new Item(commitmentId, milestoneId, agreementId, new Deadline(askedAt.plus(wait), zone, false), true,
                        true);
            }
            return new Item(commitmentId, milestoneId, agreementId, deadline, open, false);
        }

        String keyPrefix() {
            return (confirmation ? "confirm:" : "") + (milestoneId == null ? "commitment:" + commitmentId : "milestone:" + milestoneId);
        }
    }

    public static ItemPlan of(Item item, List<Recipient> recipients, List<String> coordinators, Instant now) {
        return of(item, recipients, coordinators, now, null);
    }

    /** With {@code escalationDays}, escalations repeat in that calendar's working days (the agreement asks so). */
    public static ItemPlan of(Item item, List<Recipient> recipients, List<String> coordinators, Instant now,
            org.pacta.agreement.WorkCalendar escalationDays) {
        if (!item.open() || item.deadline() == null) {
            return new ItemPlan(List.of(), null);
        }
        List<Draft> drafts = new ArrayList<>();
        Instant next = null;
        for (Recipient r : recipients) {
            Ladder ladder = r.ladder();
            Optional<Stage> due = FollowupPlanner.latestDue(item.deadline(), ladder, now, escalationDays);
            if (due.isPresent()) {
                Stage s = due.get();
                drafts.add(draft(item, s, r));
                if (s.kind() == Notification.Kind.ESCALATION && ladder.escalateAfter() != null
                        && s.escalation() > ladder.escalateAfter()) {
                    for (String email : coordinators) {
                        drafts.add(draft(item, s, Recipient.coordinator(email)));
                    }
                }
            }
            Optional<Instant> after = FollowupPlanner.nextAfter(item.deadline(), ladder, now, escalationDays);
            if (after.isPresent() && (next == null || after.get().isBefore(next))) {
                next = after.get();
            }
        }
        return new ItemPlan(drafts, next);
    }

    private static Draft draft(Item item, Stage s, Recipient r) {
        Instant occurrence = item.deadline().dueAt();
        String key = item.keyPrefix() + ":" + occurrence.getEpochSecond() + ":" + s.code() + ":" + r.key();
        return new Draft(key, item.confirmation() ? Notification.Kind.CONFIRMATION : s.kind(), s.code(), item.commitmentId(), item.milestoneId(), item.agreementId(), null,
                occurrence, r.kind(), r.subscription(), r.channel(), r.address());
    }
}
