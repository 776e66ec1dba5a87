package org.pacta.notify;

import com.fasterxml.jackson.annotation.JsonInclude;
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
            @JsonInclude(JsonInclude.Include.NON_NULL)
            Integer reportedDone) {
    }

    /** A commitment as it stood at the review; {@code undated} holds the words of one without a fixed date. */
    public record Line(long id, String title, String responsibleParty, CommitmentStatus status, int percentComplete,
            Instant dueAt, LocalDate dueDate, boolean overdue, long daysOverdue, long slippageDays, String undated,
            String responsibleBody, String reference) {
    }

    /**
     * Something that happened to a commitment since the previous review: {@code what} in English (as the API has
     * always said it), and its parts, by which a message says it in its reader's language: a progress update's
     * {@code status}, {@code percent} and {@code note}, or a deadline change's {@code from} (null when the item had
     * only the words {@code undatedBefore}), {@code to} and {@code reason}. Briefings held before the parts were kept
     * have none and are told by {@code what}.
     */
    public record Change(long commitmentId, String title, Instant at, String author, String what,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String status,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            Integer percent,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String note,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            Instant from,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            Instant to,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String undatedBefore,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String reason) {

        public static Change progress(long commitmentId, String title, Instant at, String author, String status, int percent,
                String note) {
            return new Change(commitmentId, title, at, author, "progress: " + status + ", " + percent + "%"
                    + (note == null ? "" : " — " + note), status, percent, note, null, null, null, null);
        }

        public static Change deadline(long commitmentId, String title, Instant at, String author, Instant from,
                String undatedBefore, Instant to, String reason) {
            return new Change(commitmentId, title, at, author, (from == null ? "first date given (it had none: "
                    + undatedBefore + ") " : "deadline moved from " + from + " ") + "to " + to + ": " + reason, null, null,
                    null, from, to, undatedBefore, reason);
        }
    }
}
