package org.pacta.commitment;

/** A step was added to a completion's thread, in the transaction that wrote it; {@code state} is where it stands now. */
public record ConfirmationSpoken(long stepId, long commitmentId, Long milestoneId, Confirmation.Act act, Confirmation state) {
}
