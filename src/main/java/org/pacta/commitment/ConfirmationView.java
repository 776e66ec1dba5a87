package org.pacta.commitment;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A completion's confirmation: its state, when the other parties were asked, and the thread, oldest first. */
@Schema(name = "Confirmation")
public record ConfirmationView(long commitmentId, Long milestoneId,
        @Schema(description = "PENDING, DISPUTED or CONFIRMED; null while not complete or with no other party") Confirmation state,
        Instant askedAt, List<Step> steps) {

    /** One step; {@code author} is null for anonymous readers, who see the party only. */
    @Schema(name = "ConfirmationStep")
    public record Step(long id, Confirmation.Act act, String party, String author, String note, List<String> evidence,
            Instant at) {

        public static Step of(ConfirmationStep s, boolean withAuthor) {
            return new Step(s.id, s.act, s.party.code, withAuthor ? s.author : null, s.note, List.copyOf(s.evidence),
                    s.recordedAt);
        }
    }

    /** What one write stored: the step and the state it led to. */
    @Schema(name = "ConfirmationStepResult")
    public record Spoken(long commitmentId, Long milestoneId, Step step, Confirmation state, long version) {
    }

    /**
     * What a commitment's page shows and offers: the commitment's and its milestones' confirmation (the milestones
     * that have one), the parties the reader may confirm or dispute for, and whether the reader may answer a dispute.
     */
    public record Panel(ConfirmationView commitment, java.util.Map<Long, ConfirmationView> milestones,
            List<String> speaksFor, boolean mayAnswer) {

        public ConfirmationView milestone(Long id) {
            return milestones.get(id);
        }
    }
}
