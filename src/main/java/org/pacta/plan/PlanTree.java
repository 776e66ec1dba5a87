package org.pacta.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pacta.commitment.Commitment;
import org.pacta.sheet.ImportField;
import org.pacta.sheet.SheetProblem;

/**
 * Which rows are milestones, and of what. With a parent column, a row names its commitment by reference or title;
 * without one, the plan's numbering says it: 1.2 is under 1, and 1.2.3 under 1.2. Pacta keeps milestones one level
 * under a commitment, so a row under a milestone is a milestone of that milestone's commitment. A commitment named
 * as parent may also be one the agreement already holds.
 */
final class PlanTree {

    private PlanTree() {
    }

    /** An item the file places a row under: a row of the file, or a commitment already in the agreement. */
    private record Parent(PlanRow row, Commitment existing) {
    }

    static void link(List<PlanRow> rows, ImportMapping mapping, Map<String, Commitment> existingByReference,
            List<SheetProblem> problems) {
        Map<String, PlanRow> byReference = new HashMap<>();
        Map<String, PlanRow> byTitle = new HashMap<>();
        String referenceColumn = mapping.column(ImportField.REFERENCE);
        for (PlanRow row : rows) {
            String key = PlanRow.key(row.reference);
            if (key != null) {
                PlanRow first = byReference.putIfAbsent(key, row);
                if (first != null) {
                    String reference = row.reference;
                    int firstRow = first.row;
                    problems.add(SheetProblem.at(row.row, referenceColumn, r -> r.import_reference_twice(reference, firstRow)));
                    row.usable = false;
                }
            }
            if (row.title != null) {
                byTitle.putIfAbsent(PlanRow.titleKey(row.title), row);
            }
        }
        Map<PlanRow, Parent> direct = new HashMap<>();
        if (mapping.has(ImportField.PARENT)) {
            String parentColumn = mapping.column(ImportField.PARENT);
            for (PlanRow row : rows) {
                if (row.parent == null) {
                    continue;
                }
                String key = PlanRow.key(row.parent);
                PlanRow found = byReference.get(key);
                if (found == null) {
                    found = byTitle.get(PlanRow.titleKey(row.parent));
                }
                Commitment existing = found == null ? existingByReference.get(key) : null;
                if (found == row || found == null && existing == null) {
                    String parent = row.parent;
                    problems.add(SheetProblem.at(row.row, parentColumn, r -> r.import_parent_unknown(parent)));
                    row.usable = false;
                    continue;
                }
                direct.put(row, new Parent(found, existing));
            }
        } else if (referenceColumn != null) {
            for (PlanRow row : rows) {
                String key = PlanRow.key(row.reference);
                if (key == null || byReference.get(key) != row) {
                    continue;
                }
                for (String prefix = shorter(key); prefix != null; prefix = shorter(prefix)) {
                    PlanRow found = byReference.get(prefix);
                    Commitment existing = found == null ? existingByReference.get(prefix) : null;
                    if (found != null || existing != null) {
                        direct.put(row, new Parent(found, existing));
                        break;
                    }
                }
            }
        }
        for (PlanRow row : rows) {
            Parent p = direct.get(row);
            Set<PlanRow> seen = new HashSet<>();
            seen.add(row);
            // Up to the commitment at the top; a loop of parents names no commitment.
            while (p != null && p.row() != null && direct.containsKey(p.row())) {
                if (!seen.add(p.row())) {
                    String parent = row.parent;
                    problems.add(SheetProblem.at(row.row, mapping.column(ImportField.PARENT), r -> r.import_parent_unknown(parent)));
                    row.usable = false;
                    p = null;
                    break;
                }
                p = direct.get(p.row());
            }
            if (p != null) {
                row.under = p.row();
                row.underExisting = p.existing();
            }
        }
    }

    /** "1.2.3" → "1.2" → "1" → null. */
    private static String shorter(String reference) {
        int dot = reference.lastIndexOf('.');
        return dot <= 0 ? null : reference.substring(0, dot);
    }
}
