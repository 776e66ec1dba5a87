package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pacta.platform.Refusals;
import org.pacta.platform.Violations;

/** What a commitment depends on: the named commitments, refused when unknown or when they would close a cycle. */
@ApplicationScoped
class CommitmentDependencies {

    @Inject
    EntityManager em;

    /**
     * Loads the named dependencies and refuses unknown ids and cycles: following "depends on" from any of them
     * must never lead back to the commitment itself.
     */
    Set<Commitment> of(Commitment self, List<Long> ids, Violations v) {
        Set<Commitment> out = new LinkedHashSet<>();
        if (ids == null || ids.isEmpty()) {
            return out;
        }
        Set<Long> wanted = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long depId = ids.get(i);
            if (depId == null) {
                v.add("dependsOn[" + i + "]", Refusals::must_be_commitment_id);
            } else if (self != null && depId.equals(self.id)) {
                v.add("dependsOn[" + i + "]", Refusals::depends_on_itself);
            } else {
                wanted.add(depId);
            }
        }
        if (wanted.isEmpty()) {
            return out;
        }
        List<Commitment> found = Commitment.list("id in ?1", wanted);
        Set<Long> foundIds = new HashSet<>();
        found.forEach(f -> foundIds.add(f.id));
        for (Long w : wanted) {
            if (!foundIds.contains(w)) {
                v.add("dependsOn", r -> r.no_commitment(w));
            }
        }
        out.addAll(found);
        if (self != null) {
            List<Long> cycle = pathBackTo(self.id, foundIds);
            if (cycle != null) {
                List<Long> path = new ArrayList<>();
                path.add(self.id);
                path.addAll(cycle);
                v.add("dependsOn", r -> r.dependency_cycle(path));
            }
        }
        return out;
    }

    /** Breadth-first over stored dependencies; the path from one of {@code starts} to {@code target}, or null. */
    private List<Long> pathBackTo(long target, Collection<Long> starts) {
        Map<Long, Long> parent = new HashMap<>();
        Deque<Long> frontier = new ArrayDeque<>();
        for (Long s : starts) {
            parent.put(s, null);
            frontier.add(s);
        }
        while (!frontier.isEmpty()) {
            List<Long> batch = new ArrayList<>(frontier);
            frontier.clear();
            if (batch.contains(target)) {
                List<Long> path = new ArrayList<>();
                for (Long at = target; at != null; at = parent.get(at)) {
                    path.add(0, at);
                }
                return path;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> edges = em.createNativeQuery(
                    "select commitment_id, depends_on_id from commitment_dependency where commitment_id in (:ids)")
                    .setParameter("ids", batch).getResultList();
            for (Object[] e : edges) {
                long from = ((Number) e[0]).longValue();
                long to = ((Number) e[1]).longValue();
                if (!parent.containsKey(to)) {
                    parent.put(to, from);
                    frontier.add(to);
                }
            }
        }
        return null;
    }
}
