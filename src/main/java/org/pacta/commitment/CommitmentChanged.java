package org.pacta.commitment;

/**
 * Fired inside the transaction that created or changed a commitment (its deadline, status, owner, milestones),
 * so that the follow-up schedule is recomputed in the same transaction. {@code bulk} marks imports, where the
 * recomputation is left to the next sweep rather than done item by item.
 */
public record CommitmentChanged(long commitmentId, boolean bulk) {

    public CommitmentChanged(long commitmentId) {
        this(commitmentId, false);
    }
}
