package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;

/**
 * Pages of the commitment list as readers see them, kept by the ledger cache: the same filters read by the same kind
 * of reader give the same page until the ledger changes, an open deadline passes (when the list compares deadlines
 * with now), or a listed item's day count moves.
 */
@ApplicationScoped
public class CommitmentLists {

    @Inject
    CommitmentService commitments;

    @Inject
    LedgerCache cache;

    @Inject
    Clock clock;

    @Inject
    org.pacta.security.Access access;

    private record Key(CommitmentFilter filter, String sort, PageRequest page, boolean anonymous) {
    }

    public PageResult<CommitmentView> page(CommitmentFilter filter, String sort, PageRequest page) {
        boolean anonymous = !access.showsOwners();
        return cache.answer(new Key(filter, sort, page, anonymous), clock.instant(), now -> {
            PageResult<CommitmentView> result = commitments.list(filter, sort, page, now)
                    .map(c -> CommitmentView.of(c, now, !anonymous));
            Instant until = filter.overdue() == null ? LedgerCache.NEVER : cache.nextDeadlineAfter(now);
            return new LedgerCache.Fresh<>(result, LedgerCache.untilCountsMove(until, result.items().stream()
                    .filter(c -> !CommitmentQueries.CLOSED.contains(c.status()) && c.dueAt() != null)
                    .map(CommitmentView::dueAt), now));
        });
    }
}
