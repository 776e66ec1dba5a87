package org.pacta.commitment;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgressUpdate")
public record ProgressView(long id, long commitmentId, String author, Instant recordedAt, String note,
        CommitmentStatus status, int percentComplete, List<String> evidence) {

    public static ProgressView of(ProgressUpdate u) {
        return new ProgressView(u.id, u.commitment.id, u.author, u.recordedAt, u.note, u.newStatus, u.percentComplete,
                List.copyOf(u.evidence));
    }
}
