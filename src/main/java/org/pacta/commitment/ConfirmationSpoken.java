package org.pacta.commitment;

/**
 * Fired inside the transaction that stored a step of a completion's thread, after the item's new state is written;
 * {@code milestoneId} is null when the step is about the commitment itself.
 */
public record ConfirmationSpoken(long stepId, long commitmentId, Long milestoneId, Confirmation.Act act,
        Confirmation state) {
}
