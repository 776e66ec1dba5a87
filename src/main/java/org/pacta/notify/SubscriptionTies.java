package org.pacta.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.pacta.agreement.Party;
import org.pacta.agreement.PartyDeleting;
import org.pacta.platform.Refusal;
import org.pacta.security.UserDeleting;

/**
 * Subscriptions and what they hang on below notify: a deleted account's subscriptions go with it, their pending
 * messages cancelled; a party that subscriptions follow cannot be deleted, its subscribers would silently stop hearing.
 */
@ApplicationScoped
class SubscriptionTies {

    @Inject
    SubscriptionService subscriptionService;

    @Inject
    Outbox outbox;

    void onUserDeleting(@Observes UserDeleting event) {
        List<Long> subscriptions = Subscription.find("select s.id from Subscription s where s.ownerUserId = ?1",
                event.userId()).project(Long.class).list();
        if (!subscriptions.isEmpty()) {
            outbox.cancelForSubscriptions(subscriptions, "The subscriber's account was deleted.");
            subscriptionService.purge(Subscription.list("id in ?1", subscriptions));
        }
    }

    void onPartyDeleting(@Observes PartyDeleting event) {
        Party party = event.party();
        long subscriptions = Subscription.count("partyId", party.id);
        if (subscriptions > 0) {
            throw Refusal.conflict(r -> r.party_has_subscriptions(party.code, subscriptions));
        }
    }
}
