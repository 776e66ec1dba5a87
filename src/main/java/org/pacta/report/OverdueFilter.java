package org.pacta.report;

import org.pacta.commitment.Confirmation;

/**
 * Narrows the overdue report; nulls mean "any". {@code bodyKey} is a responsible body as {@code Commitment.bodyKey}.
 * With {@code confirmation} the report lists instead the completed items in that confirmation state.
 */
public record OverdueFilter(Long partyId, Long agreementId, String tag, Integer minDaysOverdue, String bodyKey,
        Confirmation confirmation) {

    public OverdueFilter(Long partyId, Long agreementId, String tag, Integer minDaysOverdue, String bodyKey) {
        this(partyId, agreementId, tag, minDaysOverdue, bodyKey, null);
    }

    public OverdueFilter withConfirmation(Confirmation state) {
        return new OverdueFilter(partyId, agreementId, tag, minDaysOverdue, bodyKey, state);
    }

    public OverdueFilter(Long partyId, Long agreementId, String tag, Integer minDaysOverdue) {
        this(partyId, agreementId, tag, minDaysOverdue, null, null);
    }
}
