package org.pacta.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer, with what a client needs to fetch the next one. */
public record PageResult<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <T> PageResult<T> of(List<T> items, PageRequest request, long total) {
        int pages = (int) Math.max(1, (total + request.size() - 1) / request.size());
        return new PageResult<>(items, request.page(), request.size(), total, pages);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, totalPages);
    }
}
