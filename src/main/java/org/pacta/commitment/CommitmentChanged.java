package org.pacta.commitment;

/**
 * Fired inside the transaction that created or changed a commitment (its deadline, status, milestones), so
 * that features which derive state from it (the follow-up schedule) recompute it in the same transaction.
 */
public record CommitmentChanged(long commitmentId) {
}
