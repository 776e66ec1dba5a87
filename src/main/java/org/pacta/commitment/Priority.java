package org.pacta.commitment;

/** Stored as its rank so that sorting by priority puts CRITICAL above LOW. */
public enum Priority {
    LOW(1), NORMAL(2), HIGH(3), CRITICAL(4);

    final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    static Priority ofRank(int rank) {
        for (Priority p : values()) {
            if (p.rank == rank) {
                return p;
            }
        }
        throw new IllegalArgumentException("No priority of rank " + rank);
    }
}
