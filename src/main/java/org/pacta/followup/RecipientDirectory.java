package org.pacta.followup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pacta.notify.Subscription;

/**
 * The active subscriptions, indexed by scope, read once per sweep so that matching an item to its monitors
 * costs no query.
 */
public final class RecipientDirectory {

    private final List<Subscription> all = new ArrayList<>();
    private final Map<Long, List<Subscription>> byAgreement = new HashMap<>();
    private final Map<Long, List<Subscription>> byParty = new HashMap<>();
    private final Map<Long, List<Subscription>> byCommitment = new HashMap<>();

    public RecipientDirectory(List<Subscription> subscriptions) {
        for (Subscription s : subscriptions) {
            switch (s.scope) {
                case ALL -> all.add(s);
                case AGREEMENT -> byAgreement.computeIfAbsent(s.agreementId, k -> new ArrayList<>()).add(s);
                case PARTY -> byParty.computeIfAbsent(s.partyId, k -> new ArrayList<>()).add(s);
                case COMMITMENT -> byCommitment.computeIfAbsent(s.commitmentId, k -> new ArrayList<>()).add(s);
            }
        }
    }

    public static RecipientDirectory loadActive() {
        return new RecipientDirectory(Subscription.list("active", true));
    }

    /** Monitors of a commitment (and of its milestones). */
    public List<Subscription> forCommitment(long commitmentId, long agreementId, long partyId) {
        List<Subscription> out = new ArrayList<>(all);
        out.addAll(byAgreement.getOrDefault(agreementId, Collections.emptyList()));
        out.addAll(byParty.getOrDefault(partyId, Collections.emptyList()));
        out.addAll(byCommitment.getOrDefault(commitmentId, Collections.emptyList()));
        return out;
    }

    /** Monitors of an agreement as a whole: everything, the agreement, or one of its parties. */
    public List<Subscription> forAgreement(long agreementId, List<Long> partyIds) {
        List<Subscription> out = new ArrayList<>(all);
        out.addAll(byAgreement.getOrDefault(agreementId, Collections.emptyList()));
        for (Long p : partyIds) {
            out.addAll(byParty.getOrDefault(p, Collections.emptyList()));
        }
        return out;
    }

    public boolean isEmpty() {
        return all.isEmpty() && byAgreement.isEmpty() && byParty.isEmpty() && byCommitment.isEmpty();
    }
}
