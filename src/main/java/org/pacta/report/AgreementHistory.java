package org.pacta.report;

import static org.pacta.platform.NativeValues.instant;
import static org.pacta.platform.NativeValues.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.Deadline;
import org.pacta.commitment.DuePrecision;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;

/**
 * An agreement's change history, newest first: commitments added, deadlines changed, progress reported, milestones
 * reached, completions confirmed, disputed and answered. One query reads a page of every kind at once (a union,
 * each part through an index that was there before, led by the agreement or by its commitments), one counts, and
 * one per kind of evidence reads the links of the page's entries: a fixed number of queries, whatever the page
 * holds. Callers check that the reader may see the agreement; nothing here names an account or an owner.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgreementHistory {

    private static final int CHUNK = 1000;

    private static final String TS = "cast(null as timestamp(6) with time zone)";
    private static final String TEXT = "cast(null as varchar(5000))";
    private static final String CODE = "cast(null as varchar(16))";
    private static final String FLAG = "cast(null as boolean)";
    private static final String NUMBER = "cast(null as integer)";
    private static final String NO_OLD = TS + ", " + CODE + ", " + FLAG + ", " + CODE + ", " + TEXT;
    private static final String NO_NEW = TS + ", " + CODE + ", " + FLAG + ", " + CODE;

    /*
     * Columns: 0 kind, 1 id, 2 at, 3 commitment id, 4 its reference, 5 its title, 6 milestone id, 7 milestone title,
     * 8 party code, 9 party name, 10 status, 11 percent, 12 note, 13-17 old deadline (due, zone, date only, precision,
     * undated words), 18-21 new deadline (due, zone, date only, precision), 22 a milestone's evidence link.
     */
    private static final String COMMITMENT = "c.id, c.reference, c.title";
    static final String EVENTS = "select 'ADDED' as kind, c.id as id, c.created_at as happened_at, c.id as cid,"
            + " c.reference as cref, c.title as ctitle, cast(null as bigint) as mid, " + TEXT + " as mtitle,"
            + " p.code as pcode, p.name as pname, " + CODE + " as status, " + NUMBER + " as pct, " + TEXT + " as note, "
            + TS + " as o_due, " + CODE + " as o_zone, " + FLAG + " as o_date, " + CODE + " as o_prec, " + TEXT
            + " as o_undated, c.baseline_due_at as n_due, c.due_zone as n_zone, c.due_date_only as n_date,"
            + " c.due_precision as n_prec, " + TEXT + " as link"
            + " from commitment c join party p on p.id = c.responsible_party_id where c.agreement_id = :agreement"
            + " union all select 'DEADLINE_CHANGED', d.id, d.changed_at, " + COMMITMENT + ", cast(null as bigint), " + TEXT
            + ", p.code, p.name, " + CODE + ", " + NUMBER + ", d.reason, d.old_due_at, d.old_zone, d.old_date_only,"
            + " d.old_precision, d.old_undated, d.new_due_at, d.new_zone, d.new_date_only, d.new_precision, " + TEXT
            + " from deadline_change d join commitment c on c.id = d.commitment_id"
            + " join party p on p.id = c.responsible_party_id where c.agreement_id = :agreement"
            + " union all select 'PROGRESS', u.id, u.recorded_at, " + COMMITMENT + ", cast(null as bigint), " + TEXT
            + ", p.code, p.name, u.new_status, u.percent_complete, u.note, " + NO_OLD + ", " + NO_NEW + ", " + TEXT
            + " from progress_update u join commitment c on c.id = u.commitment_id"
            + " join party p on p.id = c.responsible_party_id where c.agreement_id = :agreement"
            + " union all select 'MILESTONE_REACHED', m.id, m.completed_at, " + COMMITMENT + ", m.id, m.title, p.code,"
            + " p.name, " + CODE + ", " + NUMBER + ", " + TEXT + ", " + NO_OLD + ", " + NO_NEW + ", m.evidence"
            + " from milestone m join commitment c on c.id = m.commitment_id join party p on p.id = c.responsible_party_id"
            + " where m.agreement_id = :agreement and m.completed_at is not null"
            + " union all select s.act, s.id, s.recorded_at, " + COMMITMENT + ", m.id, m.title, p.code, p.name, " + CODE
            + ", " + NUMBER + ", s.note, " + NO_OLD + ", " + NO_NEW + ", " + TEXT
            + " from confirmation_step s join commitment c on c.id = s.commitment_id left join milestone m on m.id = s.milestone_id"
            + " join party p on p.id = s.party_id where s.agreement_id = :agreement";

    @Inject
    EntityManager em;

    /** A page of the history, newest first, with its total (counted up to {@link PageResult#COUNT_CAP}). */
    public PageResult<HistoryEvent> page(long agreementId, PageRequest page) {
        List<HistoryEvent> items = read(agreementId, page.offset(), page.size());
        long counted = number(em.createNativeQuery("select count(*) from (select e.id from (" + EVENTS + ") e limit "
                + (PageResult.COUNT_CAP + 1) + ") counted").setParameter("agreement", agreementId).getSingleResult());
        return PageResult.capped(items, page, counted);
    }

    /** The newest {@code limit} entries. */
    public List<HistoryEvent> newest(long agreementId, int limit) {
        return read(agreementId, 0, limit);
    }

    /** Every entry, newest first, a chunk at a time (an agreement's history is thousands of rows, not millions). */
    public void forEach(long agreementId, Consumer<HistoryEvent> sink) {
        for (int offset = 0;; offset += CHUNK) {
            List<HistoryEvent> chunk = read(agreementId, offset, CHUNK);
            chunk.forEach(sink);
            em.clear();
            if (chunk.size() < CHUNK) {
                return;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<HistoryEvent> read(long agreementId, int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery("select * from (" + EVENTS + ") e order by e.happened_at desc, e.kind, e.id desc")
                .setParameter("agreement", agreementId).setFirstResult(offset).setMaxResults(limit).getResultList();
        List<Long> updates = new ArrayList<>();
        List<Long> steps = new ArrayList<>();
        for (Object[] r : rows) {
            String kind = (String) r[0];
            if (kind.equals("PROGRESS")) {
                updates.add(number(r[1]));
            } else if (!kind.equals("ADDED") && !kind.equals("DEADLINE_CHANGED") && !kind.equals("MILESTONE_REACHED")) {
                steps.add(number(r[1]));
            }
        }
        Map<Long, List<String>> updateLinks = links("progress_evidence", "update_id", updates);
        Map<Long, List<String>> stepLinks = links("confirmation_evidence", "step_id", steps);
        List<HistoryEvent> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            HistoryEvent.Kind kind = HistoryEvent.Kind.valueOf((String) r[0]);
            long id = number(r[1]);
            List<String> evidence = switch (kind) {
                case PROGRESS -> updateLinks.getOrDefault(id, List.of());
                case CONFIRMED, DISPUTED, ANSWERED -> stepLinks.getOrDefault(id, List.of());
                case MILESTONE_REACHED -> r[22] == null ? List.of() : List.of((String) r[22]);
                default -> List.of();
            };
            out.add(new HistoryEvent(kind, id, instant(r[2]), number(r[3]), (String) r[4], (String) r[5],
                    r[6] == null ? null : number(r[6]), (String) r[7], (String) r[8], (String) r[9],
                    r[10] == null ? null : CommitmentStatus.valueOf((String) r[10]),
                    r[11] == null ? null : (int) number(r[11]), (String) r[12], shift(kind, r), evidence));
        }
        return out;
    }

    private static HistoryEvent.Shift shift(HistoryEvent.Kind kind, Object[] r) {
        if (kind != HistoryEvent.Kind.ADDED && kind != HistoryEvent.Kind.DEADLINE_CHANGED || r[18] == null) {
            return null;
        }
        Deadline revised = deadline(r[18], r[19], r[20], r[21]);
        Deadline old = r[13] == null ? null : deadline(r[13], r[14], r[15], r[16]);
        return new HistoryEvent.Shift(old == null ? null : old.dueAt(), date(old), old == null ? null : old.precision(),
                old == null ? null : old.zone().getId(), (String) r[17], revised.dueAt(), date(revised), revised.precision(),
                revised.zone().getId(),
                kind == HistoryEvent.Kind.ADDED || old == null ? null : Deadline.slippageDays(old.dueAt(), revised.dueAt()));
    }

    private static Deadline deadline(Object dueAt, Object zone, Object dateOnly, Object precision) {
        return new Deadline(instant(dueAt), ZoneId.of((String) zone), Boolean.TRUE.equals(dateOnly),
                precision == null ? DuePrecision.DAY : DuePrecision.valueOf((String) precision));
    }

    private static LocalDate date(Deadline d) {
        return d != null && d.dateOnly() ? d.localDate() : null;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, List<String>> links(String table, String column, List<Long> ids) {
        Map<Long, List<String>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("select " + column + ", url from " + table + " where " + column
                + " in (:ids) order by " + column + ", position").setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent(number(r[0]), k -> new ArrayList<>()).add((String) r[1]);
        }
        return out;
    }
}
