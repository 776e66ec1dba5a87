package org.pacta.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.Priority;
import org.pacta.sheet.ImportField;
import org.pacta.sheet.SheetDate;

/**
 * One row of a plan as Pacta reads it, before it is matched with what the agreement holds. A field that the row
 * leaves blank, or that no column holds, is null; {@link #given} says which fields had a value, so that a
 * re-import changes only what the file says.
 */
final class PlanRow {

    final int row;
    final Set<ImportField> given = EnumSet.noneOf(ImportField.class);
    String reference;
    String parent;
    String title;
    /** The title as written when it was too long for one, else null. */
    String fullTitle;
    String description;
    String partyCode;
    String body;
    String ownerName;
    String ownerEmail;
    SheetDate due;
    SheetDate original;
    String reason;
    CommitmentStatus status;
    LocalDate completedOn;
    final List<String> links = new ArrayList<>();
    /** Evidence in words (no link), for a milestone's evidence or a commitment's completion note. */
    String evidenceText;
    String progressNote;
    Priority priority;
    List<String> tags;
    LocalDate startOn;
    /** The row this one is a milestone of; null for a commitment. */
    PlanRow under;
    /** The commitment already in the agreement that this row is a milestone of, when no row of the file is. */
    org.pacta.commitment.Commitment underExisting;
    /** The row names no responsible party, and nothing in the mapping gives one. */
    boolean partyMissing;
    /** False when a problem in the row means it cannot be matched or written. */
    boolean usable = true;

    PlanRow(int row) {
        this.row = row;
    }

    boolean isMilestone() {
        return under != null || underExisting != null;
    }

    /** The reference as compared: without the dots, brackets and spaces around it ("1." and "1" are one). */
    static String key(String reference) {
        if (reference == null) {
            return null;
        }
        String k = reference.strip();
        while (!k.isEmpty() && ".)]:".indexOf(k.charAt(k.length() - 1)) >= 0) {
            k = k.substring(0, k.length() - 1).strip();
        }
        return k.isEmpty() ? null : org.pacta.sheet.Digits.latin(k);
    }

    /** A title as compared for identity: case and runs of spaces do not count. */
    static String titleKey(String title) {
        return title == null ? null : title.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
