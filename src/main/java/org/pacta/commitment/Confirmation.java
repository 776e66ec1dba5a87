package org.pacta.commitment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a reported completion stands with the other parties of the agreement. A commitment or milestone has none
 * while it is not complete, or when its agreement has no other party to ask.
 */
public enum Confirmation {
    /** Reported complete; no other party has confirmed it yet (or the responsible party answered a dispute). */
    PENDING,
    /** A counterpart says it is not so, and the responsible party has not answered since. */
    DISPUTED,
    /** A counterpart confirmed it, and no dispute stands. */
    CONFIRMED;

    /** What a counterpart may say, and what the responsible party may do about it. */
    public enum Act { CONFIRMED, DISPUTED, ANSWERED }

    /** One step of a thread, as far as the state is concerned. */
    public record Said(long partyId, Act act) {
    }

    /**
     * The state after the steps since the completion was reported, oldest first: a dispute stands until it is
     * answered or its party confirms; an answered dispute waits for that party's word again; one confirmation is
     * enough once no dispute stands and none waits.
     */
    public static Confirmation after(List<Said> steps) {
        Map<Long, Act> latest = new HashMap<>();
        for (Said s : steps) {
            if (s.act() == Act.ANSWERED) {
                latest.replaceAll((party, act) -> act == Act.DISPUTED ? Act.ANSWERED : act);
            } else {
                latest.put(s.partyId(), s.act());
            }
        }
        if (latest.containsValue(Act.DISPUTED)) {
            return DISPUTED;
        }
        return latest.containsValue(Act.CONFIRMED) && !latest.containsValue(Act.ANSWERED) ? CONFIRMED : PENDING;
    }
}
