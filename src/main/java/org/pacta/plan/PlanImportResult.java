package org.pacta.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.pacta.sheet.SheetProblem;

/**
 * What an import did, or would do in a dry run: how many items (commitments and milestones) it creates, updates
 * and leaves unchanged, every problem that stops it (all of them, in one round), notes that do not, and each item it
 * creates or updates with what changes.
 *
 * @param agreementId the agreement imported into; null in a dry run for a new agreement
 * @param items the rows that create or update an item, in the file's order (unchanged ones are only counted)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanImportResult(boolean dryRun, Long agreementId, int created, int updated, int unchanged,
        List<SheetProblem> problems, List<SheetProblem> notes, List<Item> items) {

    public static final String CREATE = "create";
    public static final String UPDATE = "update";

    /**
     * @param kind "commitment" or "milestone"
     * @param action {@link #CREATE} or {@link #UPDATE}
     * @param changes the fields an update changes, by their JSON names
     * @param id the item's id once written
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int row, String kind, String reference, String title, String action, List<String> changes, Long id) {
    }
}
