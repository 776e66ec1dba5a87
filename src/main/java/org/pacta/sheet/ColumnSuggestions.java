package org.pacta.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which field each column probably holds, from its header name and the {@link ImportField#synonyms()}. A header
 * that is a synonym (after {@link HeaderNames#key}) beats one that holds a synonym among other words; among those,
 * the synonym that covers more of the header wins, then the column further left. Each field is suggested for one
 * column at most, and a column nobody recognises is simply left out: a suggestion is never an error.
 */
public final class ColumnSuggestions {

    /** Shorter synonyms ("No", "ID", "Lead", "طرف") are too common inside other names to count there. */
    static final int MIN_PARTIAL_LENGTH = 4;

    private static final Map<String, ImportField> EXACT = new HashMap<>();
    private static final List<Synonym> PARTIAL = new ArrayList<>();

    private record Synonym(List<String> words, ImportField field) {
    }

    static {
        for (ImportField field : ImportField.values()) {
            for (String name : field.synonyms()) {
                // A name listed under two fields suggests the first (ColumnSuggestionsTest keeps the lists apart).
                EXACT.putIfAbsent(HeaderNames.key(name), field);
                if (HeaderNames.key(name).length() > MIN_PARTIAL_LENGTH - 1) {
                    PARTIAL.add(new Synonym(HeaderNames.words(name), field));
                }
            }
        }
    }

    private ColumnSuggestions() {
    }

    private record Candidate(int column, ImportField field, double score) {
    }

    /** The suggested field of each recognised column, in the columns' order. */
    public static Map<String, ImportField> suggest(List<String> columns) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String header = columns.get(i);
            ImportField exact = EXACT.get(HeaderNames.key(header));
            if (exact != null) {
                candidates.add(new Candidate(i, exact, 2));
                continue;
            }
            List<String> words = HeaderNames.words(header);
            for (Synonym s : PARTIAL) {
                if (containsRun(words, s.words())) {
                    candidates.add(new Candidate(i, s.field(), (double) s.words().size() / words.size()));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::column)
                .thenComparing(Candidate::field));
        Set<Integer> taken = new HashSet<>();
        Set<ImportField> used = EnumSet.noneOf(ImportField.class);
        Map<Integer, ImportField> chosen = new HashMap<>();
        for (Candidate c : candidates) {
            if (!taken.contains(c.column()) && !used.contains(c.field())) {
                taken.add(c.column());
                used.add(c.field());
                chosen.put(c.column(), c.field());
            }
        }
        Map<String, ImportField> out = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            ImportField f = chosen.get(i);
            if (f != null) {
                out.putIfAbsent(columns.get(i), f);
            }
        }
        return out;
    }

    /** The field a header name alone suggests, or null. */
    public static ImportField fieldOf(String header) {
        return suggest(List.of(header)).get(header);
    }

    private static boolean containsRun(List<String> words, List<String> run) {
        if (run.isEmpty() || run.size() >= words.size() + 1) {
            return false;
        }
        for (int start = 0; start + run.size() <= words.size(); start++) {
            if (words.subList(start, start + run.size()).equals(run)) {
                return true;
            }
        }
        return false;
    }
}
