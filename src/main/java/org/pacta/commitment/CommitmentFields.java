package org.pacta.commitment;

import java.time.LocalDate;
import java.util.List;

/**
 * What describes a commitment besides its party and deadline, as a client, a roadmap or a plan gives it, stored
 * alike whichever it came from: stripped, a blank as none, tags lower-cased, NORMAL priority unless another is said.
 */
public record CommitmentFields(String title, String description, String ownerName, String ownerEmail, List<String> tags,
        Priority priority, LocalDate startOn, String responsibleBody, String reference) {

    static CommitmentFields of(CommitmentInput in) {
        return new CommitmentFields(in.title(), in.description(), in.owner() == null ? null : in.owner().name(),
                in.owner() == null ? null : in.owner().email(), in.tags(), in.priority(), in.startOn(),
                in.responsibleBody(), in.reference());
    }

    void applyTo(Commitment c) {
        c.title = title.strip();
        c.description = CommitmentService.blankToNull(description);
        c.ownerName = CommitmentService.blankToNull(ownerName);
        c.ownerEmail = CommitmentService.blankToNull(ownerEmail);
        c.tags.clear();
        c.tags.addAll(CommitmentService.normalizeTags(tags));
        c.priority = priority == null ? Priority.NORMAL : priority;
        c.startOn = startOn;
        c.assignResponsibleBody(responsibleBody);
        c.reference = CommitmentService.blankToNull(reference);
    }
}
