package org.pacta.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list answer, with what a client needs to fetch the next one. Long lists count only up to
 * {@link #COUNT_CAP}: then {@code total} is that many and {@code totalCapped} is true ("more than 1,000"). Exact totals
 * of the ledger are the dashboard's.
 */
public record PageResult<T>(List<T> items, int page, int size, long total, int totalPages,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean totalCapped) {

    /**
     * Counting a million overdue rows for a page of twenty costs more than the page, and no one pages through more
     * than fifty pages: counts stop here.
     */
    public static final int COUNT_CAP = 1_000;

    public static <T> PageResult<T> of(List<T> items, PageRequest request, long total) {
        int pages = (int) Math.max(1, (total + request.size() - 1) / request.size());
        return new PageResult<>(items, request.page(), request.size(), total, pages, false);
    }

    /** A page whose total was counted up to the cap; a count above it means "at least the cap". */
    public static <T> PageResult<T> capped(List<T> items, PageRequest request, long counted) {
        boolean capped = counted > COUNT_CAP;
        long total = Math.max(Math.min(counted, COUNT_CAP), request.offset() + items.size());
        int pages = (int) Math.max(1, (total + request.size() - 1) / request.size());
        return new PageResult<>(items, request.page(), request.size(), total, pages, capped);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, totalPages, totalCapped);
    }
}
