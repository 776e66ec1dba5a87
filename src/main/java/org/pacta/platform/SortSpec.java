package org.pacta.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A client's {@code sort} parameter ("dueAt", "-priority,dueAt") checked against the fields a list allows,
 * turned into an ORDER BY with a unique tie-breaker so that pages never overlap.
 */
public record SortSpec(List<String> clauses) {

    public static SortSpec parse(String sort, Map<String, String> allowed, String defaultColumn, String param) {
        return parse(sort, allowed, java.util.Set.of(), defaultColumn, param);
    }

    /**
     * The same, where the columns in {@code nullsLast} may be null and their nulls sort after every value: last in
     * ascending order, first in descending order (so an index that holds them last serves both directions).
     */
    public static SortSpec parse(String sort, Map<String, String> allowed, java.util.Set<String> nullsLast,
            String defaultColumn, String param) {
        List<String> clauses = new ArrayList<>();
        if (sort == null || sort.isBlank()) {
            clauses.add(defaultColumn + " asc" + (nullsLast.contains(defaultColumn) ? " nulls last" : ""));
            return new SortSpec(clauses);
        }
        for (String raw : sort.split(",")) {
            String field = raw.strip();
            boolean desc = field.startsWith("-");
            if (desc || field.startsWith("+")) {
                field = field.substring(1);
            }
            String column = allowed.get(field);
            if (column == null) {
                String name = field;
                String known = new java.util.TreeSet<>(allowed.keySet()).toString();
                throw Refusal.invalidField(param, r -> r.cannot_sort(name, known));
            }
            clauses.add(column + (desc ? " desc" : " asc")
                    + (!nullsLast.contains(column) ? "" : desc ? " nulls first" : " nulls last"));
        }
        return new SortSpec(clauses);
    }

    /** The same order led by a column every row of the result shares (one the filter fixes). */
    public SortSpec leadBy(String column) {
        List<String> all = new ArrayList<>(clauses.size() + 1);
        all.add(column + " asc");
        all.addAll(clauses);
        return new SortSpec(all);
    }

    public String orderBy(String tieBreaker) {
        List<String> all = new ArrayList<>(clauses);
        if (all.stream().noneMatch(c -> c.startsWith(tieBreaker + " "))) {
            all.add(tieBreaker + " asc");
        }
        return " order by " + String.join(", ", all);
    }

    /** A LIKE pattern for a case-insensitive substring search, with the wildcards in the input escaped. */
    public static String likePattern(String q) {
        String escaped = q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
