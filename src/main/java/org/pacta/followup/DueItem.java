package org.pacta.followup;

import java.time.Instant;
import java.time.ZoneId;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.Deadline;
import org.pacta.commitment.DuePrecision;

/**
 * A commitment or milestone whose next moment has come, with what planning it needs. For a commitment, id and
 * commitmentId are the same; the deadline fields are the item's own, the status, owner and agreement its
 * commitment's.
 */
record DueItem(long id, long commitmentId, long agreementId, long partyId, Instant dueAt, String dueZone,
        Boolean dueDateOnly, CommitmentStatus status, String ownerEmail, boolean ownerReminders, boolean remindOwners,
        Instant completedAt, Instant nextFollowupAt, DuePrecision duePrecision) {

    /** Null for an undated item, which is never due (one undated since it was read owes nothing). */
    Deadline deadline() {
        return dueAt == null ? null : new Deadline(dueAt, ZoneId.of(dueZone), dueDateOnly, duePrecision);
    }

    /** A milestone is open while its commitment is and it is not completed itself. */
    boolean open(boolean milestone) {
        return status.isOpen() && (!milestone || completedAt == null);
    }
}
