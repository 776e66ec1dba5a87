package org.pacta.plan;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.pacta.sheet.ImportField;

/**
 * One row of a plan file as Pacta writes it, by the import's columns. A cell holds text, or a day ({@link LocalDate}), which a workbook
 * keeps as a real date and CSV writes as 2024-12-31.
 */
public final class ExportRow {

    private final Map<ImportField, Object> cells = new EnumMap<>(ImportField.class);

    public ExportRow set(ImportField field, Object value) {
        if (value instanceof String s && s.isEmpty() || value == null) {
            cells.remove(field);
        } else if (value instanceof String || value instanceof LocalDate) {
            cells.put(field, value);
        } else {
            throw new IllegalArgumentException("A plan cell is text or a day, not " + value.getClass());
        }
        return this;
    }

    /** Text, a {@link LocalDate}, or null for a blank cell. */
    public Object get(ImportField field) {
        return cells.get(field);
    }
}
