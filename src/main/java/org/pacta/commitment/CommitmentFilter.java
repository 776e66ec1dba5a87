package org.pacta.commitment;

import java.time.Instant;
import java.util.Set;

/**
 * What a commitment list can be narrowed to; null means "any". {@code responsibleBody} matches the whole body,
 * ignoring case; {@code reference} the plan's numbering exactly; {@code undated} picks items with or without a date.
 */
public record CommitmentFilter(Set<CommitmentStatus> statuses, Boolean overdue, String party, Long agreementId, String tag,
        Instant dueBefore, Instant dueAfter, String q, String responsibleBody, String reference, Boolean undated) {

    public CommitmentFilter(Set<CommitmentStatus> statuses, Boolean overdue, String party, Long agreementId, String tag,
            Instant dueBefore, Instant dueAfter, String q) {
        this(statuses, overdue, party, agreementId, tag, dueBefore, dueAfter, q, null, null, null);
    }

    public static CommitmentFilter none() {
        return new CommitmentFilter(null, null, null, null, null, null, null, null);
    }

    public CommitmentFilter withAgreement(long id) {
        return new CommitmentFilter(statuses, overdue, party, id, tag, dueBefore, dueAfter, q, responsibleBody, reference,
                undated);
    }
}
