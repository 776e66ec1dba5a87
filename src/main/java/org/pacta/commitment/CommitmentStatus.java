package org.pacta.commitment;

/** What people say about a commitment (DESIGN decision 3). Overdue is never a status: it is derived. */
public enum CommitmentStatus {
    PLANNED, IN_PROGRESS, AT_RISK, BLOCKED, DONE, CANCELLED;

    public boolean isOpen() {
        return this != DONE && this != CANCELLED;
    }
}
