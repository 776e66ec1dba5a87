package org.pacta.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.pacta.notify.StoredBriefings;

/** Hands the dispatcher the briefings of the reviews its batch announces. */
@ApplicationScoped
class ReviewBriefings implements StoredBriefings {

    @Inject
    EntityManager em;

    @Override
    public Map<Long, String> byReview(Collection<Long> reviewIds) {
        Map<Long, String> out = new HashMap<>();
        em.createQuery("select r from Review r where r.id in :ids", Review.class).setParameter("ids", reviewIds)
                .getResultList().forEach(r -> out.put(r.id, r.briefing));
        return out;
    }
}
