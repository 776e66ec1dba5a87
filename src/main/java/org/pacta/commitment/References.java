package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.pacta.platform.Refusals;
import org.pacta.platform.Violations;

/**
 * The plan's own numbering ("1.2", "A-3"): a reference is unique among an agreement's commitments, and among its
 * milestones. Checked here so that a duplicate is a 422 beside the field; the unique keys of migration V13 catch two
 * writes racing for one reference (a 409).
 */
@ApplicationScoped
class References {

    @Inject
    EntityManager em;

    /** The reference as it is stored (stripped; null when blank), with a problem in {@code v} when it is taken. */
    String forCommitment(long agreementId, Long self, String given, Violations v) {
        return check("select c.id from Commitment c where c.reference = :ref and c.agreement.id = :agreement and c.id <> :self",
                agreementId, self, given, v, (r, ref, other) -> r.reference_taken(ref, other));
    }

    String forMilestone(long agreementId, Long self, String given, Violations v) {
        return check("select m.id from Milestone m where m.reference = :ref and m.agreementId = :agreement and m.id <> :self",
                agreementId, self, given, v, (r, ref, other) -> r.milestone_reference_taken(ref, other));
    }

    private interface Taken {
        String say(Refusals r, String reference, long holder);
    }

    private String check(String query, long agreementId, Long self, String given, Violations v, Taken taken) {
        String ref = CommitmentService.blankToNull(given);
        if (ref != null) {
            List<Long> holder = holders(query, ref, agreementId, self);
            if (!holder.isEmpty()) {
                long other = holder.get(0);
                v.add("reference", r -> taken.say(r, ref, other));
            }
        }
        return ref;
    }

    /** Ids are positive, so -1 stands for "no item of its own yet". */
    private List<Long> holders(String query, String ref, long agreementId, Long self) {
        return em.createQuery(query, Long.class).setParameter("ref", ref).setParameter("agreement", agreementId)
                .setParameter("self", self == null ? -1L : self).setMaxResults(1).getResultList();
    }
}
