package org.pacta.report;

import static org.pacta.platform.NativeValues.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the scorecard asks the database besides the ledger kept in memory ({@link ScorecardState}): whether history was
 * recorded after a date, the names of the parties with figures, whether an agreement may be read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScorecardQueries {

    @Inject
    EntityManager em;

    /** What the figures cover: the deadline range [start, end), the moment of knowledge, the filters. */
    record Scope(Instant start, Instant end, Instant asOf, Long agreementId, Long partyId, boolean publicOnly,
            List<Instant> quarterStarts) {
    }

    /** Whether anything the scorecard reads was written after asOf (then history decides for what it touched). */
    public boolean historySince(Instant asOf) {
        return exists("select 1 from deadline_change where changed_at > :asOf", asOf)
                || exists("select 1 from progress_update where recorded_at > :asOf", asOf)
                || exists("select 1 from confirmation_step where recorded_at > :asOf", asOf);
    }

    private boolean exists(String sql, Instant asOf) {
        return !em.createNativeQuery(sql).setParameter("asOf", asOf).setMaxResults(1).getResultList().isEmpty();
    }

    /** Party codes and names of the ids that have figures. */
    @SuppressWarnings("unchecked")
    public Map<Long, String[]> parties(java.util.Collection<Long> ids) {
        Map<Long, String[]> out = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("select id, code, name from party where id in (:ids)")
                    .setParameter("ids", ids).getResultList()) {
                out.put(number(r[0]), new String[] {(String) r[1], (String) r[2]});
            }
        }
        return out;
    }

    /** Whether the agreement exists and the reader may see it. */
    public boolean agreementVisible(long id, boolean publicOnly) {
        List<?> rows = em.createNativeQuery("select is_public from agreement where id = :id").setParameter("id", id)
                .getResultList();
        return !rows.isEmpty() && (!publicOnly || Boolean.TRUE.equals(rows.get(0)));
    }
}
