package org.pacta.followup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pacta.notify.Recipients;
import org.pacta.notify.Subscription;

/**
 * The active subscriptions, indexed by the scope they follow ({@link Recipients}), read once per sweep so that matching
 * an item to its monitors costs no query.
 */
public final class RecipientDirectory {

    private final Map<Recipients.Scope, List<Subscription>> byScope = new HashMap<>();

    public RecipientDirectory(List<Subscription> subscriptions) {
        for (Subscription s : subscriptions) {
            byScope.computeIfAbsent(Recipients.scopeOf(s), k -> new ArrayList<>()).add(s);
        }
    }

    public static RecipientDirectory loadActive() {
        return new RecipientDirectory(Subscription.list("active", true));
    }

    /** Monitors of a commitment (and of its milestones). */
    public List<Subscription> forCommitment(long commitmentId, long agreementId, long partyId) {
        return following(Recipients.scopesOfCommitment(commitmentId, agreementId, partyId));
    }

    private List<Subscription> following(List<Recipients.Scope> scopes) {
        List<Subscription> out = new ArrayList<>();
        scopes.forEach(scope -> out.addAll(byScope.getOrDefault(scope, List.of())));
        return out;
    }

    public boolean isEmpty() {
        return byScope.isEmpty();
    }
}
