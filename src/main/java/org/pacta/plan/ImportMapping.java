package org.pacta.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pacta.sheet.DateOrder;
import org.pacta.sheet.Digits;
import org.pacta.sheet.ImportField;
import org.pacta.sheet.SheetProblem;

/**
 * How the columns of a file become a plan: the field of each column, and what the columns alone cannot say. Sent as
 * JSON, either the preview's {@code suggested} object as it is ({@code {"Action": "title", ...}}) or
 * {@code {"columns": {...}, "dateOrder": "DMY", "keepOtherColumns": true, "party": "BY", "parties": {"GSA and
 * OMB": "US"}}}. A column mapped to "" or null is left out, as is every column not named.
 *
 * @param columns the field of each mapped column, in the file's order
 * @param dateOrder the order of day and month in dates of numbers only (03/04/2024), when the columns do not settle it
 * @param keepOtherColumns whether the text of columns that are not mapped is added to each commitment's description
 * @param party the responsible party's code for rows that do not name one
 * @param parties words of the responsible-party or body column (a body's name, "GSA and OMB") and the party code each
 *            stands for; keys compared as header names are (case, spaces and punctuation do not count)
 */
public record ImportMapping(Map<String, ImportField> columns, DateOrder dateOrder, boolean keepOtherColumns, String party,
        Map<String, String> parties) {

    public ImportMapping {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        parties = Map.copyOf(parties);
    }

    /** The column mapped to {@code field}, or null. */
    public String column(ImportField field) {
        for (Map.Entry<String, ImportField> e : columns.entrySet()) {
            if (e.getValue() == field) {
                return e.getKey();
            }
        }
        return null;
    }

    public boolean has(ImportField field) {
        return column(field) != null;
    }

    /** The party code a word of the file stands for by this mapping, or null. */
    public String partyFor(String word) {
        if (word == null) {
            return null;
        }
        String key = Digits.key(word);
        for (Map.Entry<String, String> e : parties.entrySet()) {
            if (Digits.key(e.getKey()).equals(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * Reads a mapping for a file of {@code fileColumns}; every problem goes to {@code problems} (with the column it is
     * about), and what can be used is kept.
     */
    public static ImportMapping parse(String json, List<String> fileColumns, ObjectMapper mapper, List<SheetProblem> problems) {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        Map<String, String> parties = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return new ImportMapping(columns, null, false, null, parties);
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage();
            problems.add(SheetProblem.at(null, null, r -> r.import_mapping_json(detail)));
            return new ImportMapping(columns, null, false, null, parties);
        }
        if (root == null || !root.isObject()) {
            problems.add(SheetProblem.at(null, null, r -> r.import_mapping_json("not an object")));
            return new ImportMapping(columns, null, false, null, parties);
        }
        boolean structured = root.path("columns").isObject();
        JsonNode columnNode = structured ? root.get("columns") : root;
        for (Iterator<Map.Entry<String, JsonNode>> it = columnNode.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String column = e.getKey();
            JsonNode value = e.getValue();
            if (value.isNull() || value.isTextual() && value.asText().isBlank()) {
                continue;
            }
            String key = value.isTextual() ? value.asText().strip() : value.toString();
            ImportField field = value.isTextual() ? ImportField.ofKey(key) : null;
            if (field == null) {
                String all = String.join(", ", ImportField.keys());
                problems.add(SheetProblem.at(null, column, r -> r.import_mapping_field(column, key, all)));
                continue;
            }
            if (!fileColumns.contains(column)) {
                String all = String.join(", ", fileColumns);
                problems.add(SheetProblem.at(null, column, r -> r.import_mapping_column(column, all)));
                continue;
            }
            String first = columns.entrySet().stream().filter(c -> c.getValue() == field).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            if (first != null) {
                problems.add(SheetProblem.at(null, column, r -> r.import_mapping_twice(field.key(), first, column)));
                continue;
            }
            columns.put(column, field);
        }
        DateOrder order = null;
        String party = null;
        boolean keep = false;
        if (structured) {
            JsonNode o = root.path("dateOrder");
            if (!o.isMissingNode() && !o.isNull() && !o.asText().isBlank()) {
                try {
                    order = DateOrder.valueOf(o.asText().strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    String v = o.asText();
                    problems.add(SheetProblem.at(null, null, r -> r.import_mapping_option("dateOrder", v, "DMY or MDY")));
                }
            }
            JsonNode k = root.path("keepOtherColumns");
            if (!k.isMissingNode() && !k.isNull() && !k.isBoolean()) {
                String v = k.toString();
                problems.add(SheetProblem.at(null, null, r -> r.import_mapping_option("keepOtherColumns", v, "true or false")));
            }
            keep = k.asBoolean(false);
            JsonNode p = root.path("party");
            if (p.isTextual() && !p.asText().isBlank()) {
                party = p.asText().strip().toUpperCase(Locale.ROOT);
            }
            JsonNode ps = root.path("parties");
            if (ps.isObject()) {
                ps.fields().forEachRemaining(e -> {
                    if (e.getValue().isTextual() && !e.getValue().asText().isBlank()) {
                        parties.put(e.getKey(), e.getValue().asText().strip().toUpperCase(Locale.ROOT));
                    }
                });
            } else if (!ps.isMissingNode() && !ps.isNull()) {
                String v = ps.toString();
                problems.add(SheetProblem.at(null, null, r -> r.import_mapping_option("parties", v,
                        "an object of words and party codes")));
            }
        }
        return new ImportMapping(columns, order, keep, party, parties);
    }

    /** The mapping as the structured JSON object, for saving and showing it again. */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, String> cols = new LinkedHashMap<>();
        columns.forEach((c, f) -> cols.put(c, f.key()));
        out.put("columns", cols);
        if (dateOrder != null) {
            out.put("dateOrder", dateOrder.name());
        }
        out.put("keepOtherColumns", keepOtherColumns);
        if (party != null) {
            out.put("party", party);
        }
        if (!parties.isEmpty()) {
            out.put("parties", new LinkedHashMap<>(parties));
        }
        return out;
    }

    /** The columns that are not mapped, in the file's order. */
    public List<String> otherColumns(List<String> fileColumns) {
        List<String> out = new ArrayList<>();
        for (String c : fileColumns) {
            if (!columns.containsKey(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
