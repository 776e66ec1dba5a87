package org.pacta.agreement;

/**
 * Fired first when an agreement is deleted, inside the deleting transaction and before anything goes: the packages
 * above agreement remove what belongs to it, or refuse by throwing. Commitments are above agreement, so they learn
 * of it this way instead of being called; they say how many of theirs went, for the log line.
 */
public final class AgreementEmptying {

    private final Agreement agreement;
    private int commitments;

    public AgreementEmptying(Agreement agreement) {
        this.agreement = agreement;
    }

    public Agreement agreement() {
        return agreement;
    }

    public void commitmentsRemoved(int n) {
        commitments += n;
    }

    public int commitmentsRemoved() {
        return commitments;
    }
}
