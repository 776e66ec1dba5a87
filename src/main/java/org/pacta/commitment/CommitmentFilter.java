package org.pacta.commitment;

import java.time.Instant;
import java.util.Set;

/** What a commitment list can be narrowed to; null means "any". */
public record CommitmentFilter(Set<CommitmentStatus> statuses, Boolean overdue, String party, Long agreementId, String tag,
        Instant dueBefore, Instant dueAfter, String q) {

    public static CommitmentFilter none() {
        return new CommitmentFilter(null, null, null, null, null, null, null, null);
    }

    public CommitmentFilter withAgreement(long id) {
        return new CommitmentFilter(statuses, overdue, party, id, tag, dueBefore, dueAfter, q);
    }
}
