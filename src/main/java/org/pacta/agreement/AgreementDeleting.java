package org.pacta.agreement;

/** Fired inside the deleting transaction, after its commitments are gone and before the agreement row goes. */
public record AgreementDeleting(long agreementId) {
}
