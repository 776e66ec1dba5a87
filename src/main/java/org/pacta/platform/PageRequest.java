package org.pacta.platform;

/** Page number (from 0) and size, checked so that a client cannot ask for a million rows at once. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageRequest of(Integer page, Integer size) {
        Violations v = Violations.forFields();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > 1_000_000) {
            v.add("page", r -> r.page_range(1_000_000));
        }
        if (s < 1 || s > MAX_SIZE) {
            v.add("size", r -> r.size_range(MAX_SIZE));
        }
        v.throwIfAny();
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
