package org.pacta.commitment;

/**
 * Fired inside the transaction that created or changed a commitment (its deadline, status, owner, milestones),
 * so that the follow-up schedule is recomputed in the same transaction. Imports instead mark what they create
 * for the next sweep.
 */
public record CommitmentChanged(long commitmentId) {
}
