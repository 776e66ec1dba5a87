package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
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
            Map<Long, List<Long>> ways = waysFrom(foundIds, self.id);
            ways.put(self.id, new ArrayList<>(foundIds));
            DependencyGraph.cycle(List.of(self.id), ways::get)
                    .ifPresent(path -> v.add("dependsOn", r -> r.dependency_cycle(path)));
        }
        return out;
    }

    /**
     * The stored dependencies reachable from {@code starts}, read a level per query until {@code target} is met: each
     * commitment under the one that reached it first, so the only way back to {@code target} is a shortest one and
     * the refusal names it.
     */
    private Map<Long, List<Long>> waysFrom(Collection<Long> starts, long target) {
        Map<Long, List<Long>> ways = new HashMap<>();
        Set<Long> reached = new HashSet<>(starts);
        List<Long> frontier = new ArrayList<>(starts);
        while (!frontier.isEmpty() && !reached.contains(target)) {
            @SuppressWarnings("unchecked")
            List<Object[]> edges = em.createNativeQuery(
                    "select commitment_id, depends_on_id from commitment_dependency where commitment_id in (:ids)")
                    .setParameter("ids", frontier).getResultList();
            frontier = new ArrayList<>();
            for (Object[] e : edges) {
                long from = ((Number) e[0]).longValue();
                long to = ((Number) e[1]).longValue();
                if (reached.add(to)) {
                    ways.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
                    frontier.add(to);
                }
            }
        }
        return ways;
    }
}
