package org.pacta.agreement;

/**
 * Fired inside the transaction that created or changed an agreement, or wrote many of its commitments at once
 * (an import), for what keeps figures over the whole ledger.
 */
public record AgreementChanged(long agreementId) {
}
