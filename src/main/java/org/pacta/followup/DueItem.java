package org.pacta.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.Confirmation;
import org.pacta.commitment.Deadline;
import org.pacta.commitment.DuePrecision;

/**
 * A commitment or milestone whose next moment has come, with what planning it needs. For a commitment, id and
 * commitmentId are the same; the deadline fields are the item's own, the status, owner and agreement its
 * commitment's.
 */
record DueItem(long id, long commitmentId, long agreementId, long partyId, Instant dueAt, String dueZone,
        Boolean dueDateOnly, CommitmentStatus status, String ownerEmail, boolean ownerReminders, boolean remindOwners,
        Instant completedAt, Instant nextFollowupAt, DuePrecision duePrecision, Confirmation confirmation,
        Instant confirmationAskedAt, boolean escalationInWorkingDays) {

    /** Null for an undated item, which is never due (one undated since it was read owes nothing). */
    Deadline deadline() {
        return dueAt == null ? null : new Deadline(dueAt, ZoneId.of(dueZone), dueDateOnly, duePrecision);
    }

    /** What the item is followed up for now: its deadline, the other parties' confirmation of it, or nothing. */
    ItemPlan.Item item(boolean milestone, Duration confirmationWait) {
        return ItemPlan.Item.of(commitmentId, milestone ? id : null, agreementId, deadline(), open(milestone), confirmation,
                confirmationAskedAt, ZoneId.of(dueZone), confirmationWait);
    }

    /** A milestone is open while its commitment is and it is not completed itself. */
    boolean open(boolean milestone) {
        return status.isOpen() && (!milestone || completedAt == null);
    }
}
