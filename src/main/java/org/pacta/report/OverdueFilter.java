package org.pacta.report;

/** Narrows the overdue report; nulls mean "any". */
public record OverdueFilter(Long partyId, Long agreementId, String tag, Integer minDaysOverdue) {
}
