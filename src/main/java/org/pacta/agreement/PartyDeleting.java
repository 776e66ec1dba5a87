package org.pacta.agreement;

/**
 * Fired before a party is deleted, inside the deleting transaction: the packages above agreement refuse by throwing,
 * or say how many of their items still name the party, so that one refusal can give every count.
 */
public final class PartyDeleting {

    private final Party party;
    private long commitments;
    private long steps;

    public PartyDeleting(Party party) {
        this.party = party;
    }

    public Party party() {
        return party;
    }

    public void responsibleFor(long n) {
        commitments += n;
    }

    /** Commitments the party is responsible for. */
    public long commitments() {
        return commitments;
    }

    /** Steps of completions' threads in which the party confirmed or disputed: its word stays in their history. */
    public void spokeIn(long n) {
        steps += n;
    }

    public long steps() {
        return steps;
    }
}
