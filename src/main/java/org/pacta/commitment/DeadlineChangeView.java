package org.pacta.commitment;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadlineChange")
public record DeadlineChangeView(long id, long commitmentId, Instant oldDueAt, String oldZone, Instant newDueAt,
        String newZone, long shiftDays, String reason, String author, Instant changedAt) {

    public static DeadlineChangeView of(DeadlineChange d) {
        return new DeadlineChangeView(d.id, d.commitment.id, d.oldDueAt, d.oldZone, d.newDueAt, d.newZone,
                Deadline.slippageDays(d.oldDueAt, d.newDueAt), d.reason, d.author, d.changedAt);
    }
}
