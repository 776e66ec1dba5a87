package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.pacta.platform.Refusal;

/**
 * Deletes commitments with everything that hangs off them, in foreign-key order, by set-based statements.
 * Other features learn of it through {@link CommitmentsDeleting} in the same transaction and remove their rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CommitmentPurge {

    private static final int CHUNK = 500;

    /** Fired before the commitments' own rows go, inside the deleting transaction. */
    public record CommitmentsDeleting(List<Long> commitmentIds, List<Long> milestoneIds) {
    }

    @Inject
    EntityManager em;

    @Inject
    Event<CommitmentsDeleting> deleting;

    public void refuseIfOthersDependOn(List<Long> ids) {
        for (List<Long> chunk : chunks(ids)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select d.commitment_id, d.depends_on_id from commitment_dependency d"
                    + " where d.depends_on_id in (:ids)").setParameter("ids", chunk).setMaxResults(1000).getResultList();
            List<long[]> outside = new ArrayList<>();
            for (Object[] row : rows) {
                long dependent = ((Number) row[0]).longValue();
                if (!ids.contains(dependent)) {
                    outside.add(new long[] {dependent, ((Number) row[1]).longValue()});
                }
            }
            if (!outside.isEmpty()) {
                throw Refusal.conflict(r -> r.others_depend(String.join("; ",
                        outside.stream().map(link -> r.dependency_link(link[0], link[1])).toList())));
            }
        }
    }

    public void purge(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.flush();
        List<Long> milestoneIds = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            milestoneIds.addAll(em.createQuery("select m.id from Milestone m where m.commitment.id in :ids", Long.class)
                    .setParameter("ids", chunk).getResultList());
        }
        deleting.fire(new CommitmentsDeleting(List.copyOf(ids), List.copyOf(milestoneIds)));
        for (List<Long> chunk : chunks(ids)) {
            exec("delete from progress_evidence where update_id in (select id from progress_update where commitment_id in (:ids))", chunk);
            exec("delete from progress_update where commitment_id in (:ids)", chunk);
            exec("delete from deadline_change where commitment_id in (:ids)", chunk);
            exec("delete from confirmation_evidence where step_id in (select id from confirmation_step where commitment_id in (:ids))", chunk);
            exec("delete from confirmation_step where commitment_id in (:ids)", chunk);
            exec("delete from milestone where commitment_id in (:ids)", chunk);
            exec("delete from commitment_tag where commitment_id in (:ids)", chunk);
            exec("delete from commitment_dependency where commitment_id in (:ids)", chunk);
            exec("delete from commitment_dependency where depends_on_id in (:ids)", chunk);
        }
        for (List<Long> chunk : chunks(ids)) {
            exec("delete from commitment where id in (:ids)", chunk);
        }
        em.clear();
    }

    private void exec(String sql, List<Long> ids) {
        em.createNativeQuery(sql).setParameter("ids", ids).executeUpdate();
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            out.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return out;
    }
}
