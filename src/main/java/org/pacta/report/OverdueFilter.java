package org.pacta.report;

/** Narrows the overdue report; nulls mean "any". {@code bodyKey} is a responsible body as {@code Commitment.bodyKey}. */
public record OverdueFilter(Long partyId, Long agreementId, String tag, Integer minDaysOverdue, String bodyKey) {

    public OverdueFilter(Long partyId, Long agreementId, String tag, Integer minDaysOverdue) {
        this(partyId, agreementId, tag, minDaysOverdue, null);
    }
}
