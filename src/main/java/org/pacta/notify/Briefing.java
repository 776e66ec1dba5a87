package org.pacta.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.commitment.CommitmentStatus;

/** What a review tells an agreement's monitors: where each commitment stands and what changed. */
@Schema(name = "Briefing")
public record Briefing(long agreementId, String agreementTitle, Instant occurrence, Instant since, Instant nextReview,
        Counts counts, List<Line> commitments, List<Change> changes, List<Line> overdue, List<Line> dueBeforeNextReview) {

    /**
     * {@code done} counts evidenced completions; {@code reportedDone} those an import reported without evidence, null
     * (and not written) when there are none, so that briefings held before it existed read the same.
     */
    public record Counts(int total, int done, int open, int overdue,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            Integer reportedDone) {
    }

    /** A commitment as it stood at the review; {@code undated} holds the words of one without a fixed date. */
    public record Line(long id, String title, String responsibleParty, CommitmentStatus status, int percentComplete,
            Instant dueAt, LocalDate dueDate, boolean overdue, long daysOverdue, long slippageDays, String undated,
            String responsibleBody, String reference) {
    }

    /** Something that happened to a commitment since the previous review. */
    public record Change(long commitmentId, String title, Instant at, String author, String what) {
    }
}
