package org.pacta.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parties to agreements and their officials, read in one query each for a batch of items: who is asked to
 * confirm a completion (the officials of the other parties) and who answers for it (those of the responsible one).
 */
@ApplicationScoped
public class Counterparts {

    @Inject
    EntityManager em;

    /** The officials (their sign-in emails) that speak for each of {@code partyIds}. */
    public Map<Long, List<String>> officials(Collection<Long> partyIds) {
        Map<Long, List<String>> out = new HashMap<>();
        if (partyIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createQuery("select p, u.email from User u join u.partyIds p where u.role = 'official'"
                + " and p in :ids order by u.email", Object[].class).setParameter("ids", partyIds).getResultList();
        rows.forEach(r -> out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return out;
    }

    /** The parties of each of {@code agreementIds}. */
    public Map<Long, List<Long>> parties(Collection<Long> agreementIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        if (agreementIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createQuery("select a.id, p.id from Agreement a join a.parties p where a.id in :ids",
                Object[].class).setParameter("ids", agreementIds).getResultList();
        rows.forEach(r -> out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Long) r[1]));
        return out;
    }

    /** The officials of the parties other than {@code responsiblePartyId}, once each. */
    public static List<String> of(List<Long> agreementParties, long responsiblePartyId, Map<Long, List<String>> officials) {
        Set<String> emails = new LinkedHashSet<>();
        for (Long party : agreementParties) {
            if (party != responsiblePartyId) {
                emails.addAll(officials.getOrDefault(party, List.of()));
            }
        }
        return List.copyOf(emails);
    }
}
