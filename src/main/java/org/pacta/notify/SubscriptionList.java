package org.pacta.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pacta.platform.PactaConfig;
import org.pacta.platform.PageRequest;

/**
 * Subscriptions as the pages list them: each one's view with what it follows named, the codes and titles read for
 * the whole page at once rather than one subscription at a time.
 */
@ApplicationScoped
public class SubscriptionList {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    PactaConfig config;

    @Inject
    EntityManager em;

    /** A listed subscription; {@code agreementTitle} is null when it follows no agreement, or one that is gone. */
    public record Listed(SubscriptionView view, Subscription.Scope scope, Long commitmentId, Long agreementId,
            String agreementTitle, String partyCode) {
    }

    /** The reader's subscriptions (everyone's, for an admin), as {@link SubscriptionService#list} pages them. */
    public List<Listed> mine(PageRequest page) {
        List<Subscription> items = subscriptions.list(page).items();
        Map<Long, String> codes = names("select p.id, p.code from Party p where p.id in :ids",
                items.stream().map(s -> s.partyId).filter(Objects::nonNull).distinct().toList());
        Map<Long, String> titles = names("select a.id, a.title from Agreement a where a.id in :ids",
                items.stream().map(s -> s.agreementId).filter(Objects::nonNull).distinct().toList());
        return items.stream().map(s -> {
            String code = s.partyId == null ? null : codes.get(s.partyId);
            return new Listed(SubscriptionView.of(s, code, config.baseUrl(), false), s.scope, s.commitmentId, s.agreementId,
                    s.agreementId == null ? null : titles.get(s.agreementId), code);
        }).toList();
    }

    /** {@link SubscriptionService#create}; a webhook's signing secret is in this answer only. */
    public SubscriptionView create(SubscriptionInput in) {
        Subscription s = subscriptions.create(in);
        String code = s.partyId == null ? null : names("select p.id, p.code from Party p where p.id in :ids",
                List.of(s.partyId)).get(s.partyId);
        return SubscriptionView.of(s, code, config.baseUrl(), true);
    }

    private Map<Long, String> names(String query, List<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : em.createQuery(query, Object[].class).setParameter("ids", ids).getResultList()) {
                out.put((Long) row[0], (String) row[1]);
            }
        }
        return out;
    }
}
