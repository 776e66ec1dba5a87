package org.pacta.report;

import static org.pacta.platform.NativeValues.instant;
import static org.pacta.platform.NativeValues.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pacta.commitment.Confirmation;
import org.pacta.report.ScorecardQueries.Scope;

/**
 * The scorecard's figures computed by the database alone, as Pacta computed them before the ledger was kept in memory
 * (decision 25): one SQL aggregation of the current columns along the period's deadline range; the commitments that
 * history recorded after asOf touched are counted again from that history (correlated subqueries) and their
 * current-column counts taken away; completions from the {@code completed_at} column, or from DONE progress updates
 * and the confirmation steps of each when history was recorded after asOf. An independent second way to the same
 * figures, against which {@link ScorecardStateTest} checks the in-memory way (at 1M commitments it took a minute and
 * more: docs/benchmarks.md).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScorecardOracle {

    @Inject
    EntityManager em;

    @Inject
    ScorecardQueries queries;

    /** Feeds the figures as {@link Scorecards.Source} does. */
    Map<Long, String> feed(Scope scope, ScorecardTotals totals) {
        boolean history = queries.historySince(scope.asOf());
        for (Cell c : cells(scope)) {
            totals.due(totals.agreement(c.agreementId()), totals.party(c.partyId()), c.quarter(), c.slippage(), c.due(),
                    c.onTime(), c.late(), c.overdue());
        }
        for (Revisions r : revisions(scope)) {
            totals.revisions(totals.agreement(r.agreementId()), totals.party(r.partyId()), r.changes(), r.items());
        }
        for (Completions c : history ? completionsAsOf(scope) : completionsNow(scope)) {
            totals.completions(totals.agreement(c.agreementId()), totals.party(c.partyId()), c.state(), c.count());
        }
        return agreementTitles(totals.byAgreement.keySet());
    }

    /** Counts of one (agreement, party, quarter index, slippage in days) group. */
    record Cell(long agreementId, long partyId, int quarter, long slippage, long due, long onTime, long late,
            long overdue) {
    }

    /** Deadline changes recorded in the period, and the commitments they moved, of one (agreement, party). */
    record Revisions(long agreementId, long partyId, long changes, long items) {
    }

    /** Completions in the period of one (agreement, party), by their confirmation state at asOf. */
    record Completions(long agreementId, long partyId, Confirmation state, long count) {
    }

    private static final String TOUCHED = "select d.commitment_id from deadline_change d where d.changed_at > :asOf"
            + " union select u.commitment_id from progress_update u where u.recorded_at > :asOf";

    /** The completion a commitment's progress history shows at asOf: its last run of DONE updates began then. */
    private static final String DONE_AT = "(select min(u.recorded_at) from progress_update u where u.commitment_id = c.id"
            + " and u.new_status = 'DONE' and u.recorded_at <= :asOf and not exists (select 1 from progress_update v"
            + " where v.commitment_id = c.id and v.new_status <> 'DONE' and v.recorded_at > u.recorded_at"
            + " and v.recorded_at <= :asOf))";

    List<Cell> cells(Scope s) {
        Map<String, Object> params = new HashMap<>();
        String current = "select c.agreement_id, c.responsible_party_id as party_id, c.due_at as dl, c.baseline_due_at as bl,"
                + " case when c.status = 'DONE' then coalesce(c.completed_at, c.updated_at) end as done_at"
                + " from commitment c where c.due_at >= :start and c.due_at < :end" + conditions(s, params);
        Map<List<Long>, long[]> sums = new HashMap<>();
        add(sums, aggregate(current, s, params), 1);
        add(sums, aggregate(current + " and c.id in (" + TOUCHED + ")", s, params), -1);
        String past = "select c.agreement_id, c.responsible_party_id as party_id, case when exists (select 1 from"
                + " deadline_change d where d.commitment_id = c.id and d.changed_at > :asOf) then (select d.old_due_at"
                + " from deadline_change d where d.commitment_id = c.id and d.changed_at > :asOf order by d.changed_at,"
                + " d.id fetch first 1 rows only) else c.due_at end as dl, c.baseline_due_at as bl, " + DONE_AT
                + " as done_at from commitment c where c.id in (" + TOUCHED + ")" + conditions(s, params);
        add(sums, aggregate(past, s, params), 1);
        List<Cell> out = new ArrayList<>();
        sums.forEach((k, v) -> {
            if (v[0] != 0) {
                out.add(new Cell(k.get(0), k.get(1), k.get(2).intValue(), k.get(3), v[0], v[1], v[2], v[3]));
            }
        });
        return out;
    }

    private static void add(Map<List<Long>, long[]> sums, List<Object[]> rows, int sign) {
        for (Object[] r : rows) {
            long[] v = sums.computeIfAbsent(List.of(number(r[0]), number(r[1]), number(r[2]), number(r[3])),
                    k -> new long[4]);
            for (int i = 0; i < 4; i++) {
                v[i] += sign * number(r[4 + i]);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> aggregate(String rows, Scope s, Map<String, Object> params) {
        StringBuilder quarter = new StringBuilder("case");
        for (int i = 1; i < s.quarterStarts().size(); i++) {
            quarter.append(" when r.dl < :q").append(i).append(" then ").append(i - 1);
            params.put("q" + i, s.quarterStarts().get(i));
        }
        quarter.append(" else ").append(s.quarterStarts().size() - 1).append(" end");
        String q = s.quarterStarts().size() == 1 ? "0" : quarter.toString();
        String sql = "select x.agreement_id, x.party_id, x.q, x.s, count(*), sum(x.on_time), sum(x.late), sum(x.overdue)"
                + " from (select r.agreement_id, r.party_id, " + q + " as q,"
                + " floor((extract(epoch from r.dl) - extract(epoch from coalesce(r.bl, r.dl))) / 86400 + 0.5) as s,"
                + " case when r.done_at <= :asOf and r.done_at <= r.dl then 1 else 0 end as on_time,"
                + " case when r.done_at <= :asOf and r.done_at > r.dl then 1 else 0 end as late,"
                + " case when (r.done_at is null or r.done_at > :asOf) and r.dl < :asOf then 1 else 0 end as overdue"
                + " from (" + rows + ") r where r.dl >= :start and r.dl < :end) x"
                + " group by x.agreement_id, x.party_id, x.q, x.s";
        Query query = em.createNativeQuery(sql);
        params.put("start", s.start());
        params.put("end", s.end());
        params.put("asOf", s.asOf());
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Cancelled commitments, commitments not yet created at asOf, and what the reader may not see never count. */
    private static String conditions(Scope s, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" and c.status <> 'CANCELLED' and c.created_at <= :asOf");
        if (s.publicOnly()) {
            w.append(" and c.agreement_id in (select pa.id from agreement pa where pa.is_public = true)");
        }
        if (s.agreementId() != null) {
            w.append(" and c.agreement_id = :agreementId");
            params.put("agreementId", s.agreementId());
        }
        if (s.partyId() != null) {
            w.append(" and c.responsible_party_id = :partyId");
            params.put("partyId", s.partyId());
        }
        return w.toString();
    }

    /** Revisions of a date (not the first date an undated item is given) recorded from the period's start to asOf. */
    @SuppressWarnings("unchecked")
    List<Revisions> revisions(Scope s) {
        Map<String, Object> params = new HashMap<>();
        Query q = em.createNativeQuery("select c.agreement_id, c.responsible_party_id, count(*), count(distinct d.commitment_id)"
                + " from deadline_change d join commitment c on c.id = d.commitment_id where d.changed_at >= :start"
                + " and d.changed_at <= :asOf and d.old_due_at is not null" + conditions(s, params)
                + " group by c.agreement_id, c.responsible_party_id");
        params.put("start", s.start());
        params.put("asOf", s.asOf());
        params.forEach(q::setParameter);
        List<Revisions> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            out.add(new Revisions(number(r[0]), number(r[1]), number(r[2]), number(r[3])));
        }
        return out;
    }

    /**
     * Completions from the period's start to asOf as the history shows them then, each with the state its
     * confirmation thread had reached at asOf ({@link Confirmation#after}). Reads one row per completion and per
     * step: this is the slow way, taken only when something was recorded after asOf (else {@link ScorecardState}
     * answers from the current columns).
     */
    @SuppressWarnings("unchecked")
    List<Completions> completionsAsOf(Scope s) {
        Map<String, Object> params = new HashMap<>();
        Query q = em.createNativeQuery("select x.id, x.agreement_id, x.party_id, x.done_at from (select c.id, c.agreement_id,"
                + " c.responsible_party_id as party_id, " + DONE_AT + " as done_at from commitment c where c.id in"
                + " (select u.commitment_id from progress_update u where u.new_status = 'DONE' and u.recorded_at >= :start"
                + " and u.recorded_at <= :asOf)" + conditions(s, params) + ") x where x.done_at >= :start");
        params.put("start", s.start());
        params.put("asOf", s.asOf());
        params.forEach(q::setParameter);
        Map<Long, Object[]> done = new HashMap<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            done.put(number(r[0]), r);
        }
        Map<Long, List<Confirmation.Said>> steps = new HashMap<>();
        List<Long> ids = new ArrayList<>(done.keySet());
        for (int i = 0; i < ids.size(); i += 1000) {
            List<Object[]> rows = em.createNativeQuery("select s.commitment_id, s.party_id, s.act, s.recorded_at"
                    + " from confirmation_step s where s.commitment_id in (:ids) and s.milestone_id is null"
                    + " and s.recorded_at <= :asOf order by s.recorded_at, s.id")
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000))).setParameter("asOf", s.asOf())
                    .getResultList();
            for (Object[] r : rows) {
                long id = number(r[0]);
                if (!instant(r[3]).isBefore(instant(done.get(id)[3]))) {
                    steps.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new Confirmation.Said(number(r[1]), Confirmation.Act.valueOf((String) r[2])));
                }
            }
        }
        Map<List<Object>, Long> counts = new HashMap<>();
        done.forEach((id, r) -> {
            Confirmation state = steps.containsKey(id) ? Confirmation.after(steps.get(id)) : null;
            counts.merge(java.util.Arrays.asList(number(r[1]), number(r[2]), state), 1L, Long::sum);
        });
        List<Completions> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new Completions((Long) k.get(0), (Long) k.get(1), (Confirmation) k.get(2), n)));
        return out;
    }

    /** Completions from the period's start to asOf, by the confirmation state the item holds now. */
    @SuppressWarnings("unchecked")
    List<Completions> completionsNow(Scope s) {
        Map<String, Object> params = new HashMap<>();
        Query q = em.createNativeQuery("select c.agreement_id, c.responsible_party_id, c.confirmation, count(*)"
                + " from commitment c where c.status = 'DONE' and c.completed_at >= :start and c.completed_at <= :asOf"
                + conditions(s, params) + " group by c.agreement_id, c.responsible_party_id, c.confirmation");
        params.put("start", s.start());
        params.put("asOf", s.asOf());
        params.forEach(q::setParameter);
        List<Completions> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            out.add(new Completions(number(r[0]), number(r[1]), r[2] == null ? null : Confirmation.valueOf((String) r[2]),
                    number(r[3])));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    Map<Long, String> agreementTitles(java.util.Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("select id, title from agreement where id in (:ids)")
                    .setParameter("ids", ids).getResultList()) {
                out.put(number(r[0]), (String) r[1]);
            }
        }
        return out;
    }

}
