package org.pacta.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.DuePrecision;

/**
 * One entry of an agreement's change history, as anyone who may read the agreement may see it: the acting party is
 * named by its code and name, never by the account that wrote the entry.
 */
@Schema(name = "HistoryEvent")
public record HistoryEvent(Kind kind,
        @Schema(description = "Stable within its kind; with the kind, the entry's identity (see key)") long id,
        Instant at, long commitmentId, String commitmentReference, String commitmentTitle,
        @Schema(description = "Set when the entry is about a milestone of the commitment") Long milestoneId,
        String milestoneTitle,
        @Schema(description = "The party that acted: the responsible party, or the party that confirmed or disputed")
        String partyCode, String partyName,
        @Schema(description = "PROGRESS: the status reported") CommitmentStatus status,
        @Schema(description = "PROGRESS: the percent complete reported") Integer percentComplete,
        @Schema(description = "PROGRESS and confirmation steps: the note; DEADLINE_CHANGED: the reason") String note,
        @Schema(description = "DEADLINE_CHANGED: old and new deadline; ADDED: the first deadline (new only)")
        Shift deadline,
        @Schema(description = "Links to evidence given with a progress report, a reached milestone or a confirmation step")
        List<String> evidence) {

    /** What happened. CONFIRMED, DISPUTED and ANSWERED are steps of a completion's confirmation thread. */
    public enum Kind {
        ADDED("commitment"), DEADLINE_CHANGED("deadline-change"), PROGRESS("progress"), MILESTONE_REACHED("milestone"),
        CONFIRMED("confirmation"), DISPUTED("confirmation"), ANSWERED("confirmation");

        private final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    /** A deadline before and after a change; the old half is empty for a commitment's first deadline. */
    public record Shift(Instant oldDueAt, LocalDate oldDueDate, DuePrecision oldPrecision, String oldZone,
            @Schema(description = "The words of an undated commitment that this change gave its first date") String oldUndated,
            Instant newDueAt, LocalDate newDueDate, DuePrecision newPrecision, String newZone,
            @Schema(description = "Days the deadline moved (negative: earlier); null for a first deadline") Long shiftDays) {
    }

    /** The entry's identity, the same on every read: its kind of record and that record's id ("progress-42"). */
    public String key() {
        return kind.table + "-" + id;
    }

    /** The address of the item's page, from the site's root. */
    public String itemPath() {
        return "/commitments/" + commitmentId + (milestoneId == null ? "" : "#milestones");
    }

    /** The item's name as a reader knows it: the commitment's reference and title, then the milestone's title. */
    public String itemTitle() {
        String commitment = commitmentReference == null ? commitmentTitle : commitmentReference + " " + commitmentTitle;
        return milestoneTitle == null ? commitment : commitment + " — " + milestoneTitle;
    }
}
