package org.pacta.followup;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.notify.Briefing;

/** A review with its briefing and notes, as the API and the reviews page show it. */
@Schema(name = "Review")
public record ReviewView(long id, long agreementId, Instant occurrence, boolean scheduled, Instant heldAt,
        Instant nextReview, Briefing briefing, List<NoteView> notes) {

    @Schema(name = "ReviewNote")
    public record NoteView(String author, Instant writtenAt, String text) {
    }
}
