package org.pacta.plan;

import static org.pacta.platform.NativeValues.instant;
import static org.pacta.platform.NativeValues.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.pacta.agreement.AgreementService;
import org.pacta.commitment.CommitmentFilter;
import org.pacta.commitment.CommitmentQueries;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.Deadline;
import org.pacta.commitment.DuePrecision;
import org.pacta.commitment.Priority;
import org.pacta.security.Access;
import org.pacta.sheet.ImportField;

/**
 * An agreement's commitments as plan rows, in the import's columns: each commitment in the agreement page's order (by
 * deadline, undated last, then id), followed by its milestones in the same order. Read in six queries whatever the
 * number of commitments: the commitments (with the list's filters), their tags, the milestones, the latest progress
 * note, the evidence of the completing update, and the first and latest deadline change of each.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanExport {

    private static final String COMMITMENT_ROW = CommitmentRow.class.getName();
    private static final String MILESTONE_ROW = MilestoneRow.class.getName();

    @Inject
    EntityManager em;

    @Inject
    AgreementService agreements;

    @Inject
    CommitmentQueries queries;

    @Inject
    Access access;

    /** A commitment as its plan row reads it. */
    record CommitmentRow(long id, String reference, String title, String description, String partyCode,
            String responsibleBody, String ownerName, String ownerEmail, Instant dueAt, String dueZone,
            boolean dueDateOnly, DuePrecision duePrecision, String undated, Instant baselineDueAt,
            CommitmentStatus status, Instant completedAt, boolean completionEvidenced, Priority priority,
            LocalDate startOn) {
    }

    /** A milestone as its plan row reads it. */
    record MilestoneRow(long commitmentId, String reference, String title, Instant dueAt, String dueZone,
            boolean dueDateOnly, DuePrecision duePrecision, String undated, Instant completedAt, String evidence) {
    }

    /** What a commitment row needs from the deadline history: where the baseline came from, and the latest reason. */
    private record History(Deadline baseline, String latestReason) {
    }

    /** A row of the history query: a commitment's first deadline change, its latest, or both. */
    private record HistoryRow(long commitmentId, boolean first, boolean latest, Deadline baseline, String reason) {

        /** The baseline is read from a first change only: its old deadline, or its new one for an item that was undated. */
        static HistoryRow from(Object[] r) {
            boolean first = number(r[10]) == 1;
            Deadline baseline = !first ? null
                    : r[1] != null ? deadline(r[1], r[2], r[3], r[4]) : deadline(r[5], r[6], r[7], r[8]);
            return new HistoryRow(number(r[0]), first, number(r[11]) == 1, baseline, (String) r[9]);
        }
    }

    /** The rows of an agreement's plan; a reader who may not see the agreement gets what its commitment list gives. */
    public List<ExportRow> rows(long agreementId, CommitmentFilter filter, Instant now) {
        agreements.get(agreementId);
        Map<String, Object> params = new HashMap<>();
        String where = queries.where(filter.withAgreement(agreementId), now, params);
        var query = em.createQuery("select new " + COMMITMENT_ROW + "(c.id, c.reference, c.title, c.description, p.code,"
                + " c.responsibleBody, c.ownerName, c.ownerEmail, c.dueAt, c.dueZone, c.dueDateOnly, c.duePrecision,"
                + " c.undated, c.baselineDueAt, c.status, c.completedAt, c.completionEvidenced, c.priority, c.startOn)"
                + " from Commitment c join c.responsibleParty p" + where + " order by c.dueAt nulls last, c.id",
                CommitmentRow.class);
        params.forEach(query::setParameter);
        List<CommitmentRow> commitments = query.getResultList();
        if (commitments.isEmpty()) {
            return List.of();
        }
        Map<Long, TreeSet<String>> tags = tags(agreementId);
        Map<Long, List<MilestoneRow>> milestones = milestones(agreementId);
        Map<Long, String> notes = latestNotes(agreementId);
        Map<Long, List<String>> evidence = completionEvidence(agreementId);
        Map<Long, History> history = history(agreementId);
        boolean owners = access.showsOwners();

        List<ExportRow> rows = new ArrayList<>();
        for (CommitmentRow c : commitments) {
            long id = c.id();
            rows.add(commitmentRow(c, tags.get(id), notes.get(id), evidence.get(id), history.get(id), owners));
            String parent = c.reference() != null ? c.reference() : c.title();
            for (MilestoneRow m : milestones.getOrDefault(id, List.of())) {
                rows.add(milestoneRow(m, parent));
            }
        }
        return rows;
    }

    private static ExportRow commitmentRow(CommitmentRow c, TreeSet<String> tags, String note, List<String> evidence,
            History history, boolean owners) {
        ZoneId zone = ZoneId.of(c.dueZone());
        Deadline deadline = c.dueAt() == null ? null
                : new Deadline(c.dueAt(), zone, c.dueDateOnly(), c.duePrecision());
        Instant baseline = c.baselineDueAt();
        boolean revised = deadline != null && baseline != null && !baseline.equals(deadline.dueAt());
        CommitmentStatus status = c.status();
        boolean evidenced = status == CommitmentStatus.DONE && c.completionEvidenced() && evidence != null;
        ExportRow row = new ExportRow()
                .set(ImportField.REFERENCE, c.reference())
                .set(ImportField.TITLE, c.title())
                .set(ImportField.DESCRIPTION, c.description())
                .set(ImportField.RESPONSIBLE_PARTY, c.partyCode())
                .set(ImportField.RESPONSIBLE_BODY, c.responsibleBody())
                .set(ImportField.OWNER_NAME, owners ? c.ownerName() : null)
                .set(ImportField.OWNER_EMAIL, owners ? c.ownerEmail() : null)
                .set(ImportField.DUE_DATE, PlanDates.cell(deadline, c.undated()))
                .set(ImportField.STATUS, status.name())
                .set(ImportField.COMPLETED_ON, PlanDates.day(c.completedAt(), zone))
                .set(ImportField.EVIDENCE, evidenced ? String.join("\n", evidence) : null)
                .set(ImportField.PROGRESS_NOTE, note)
                .set(ImportField.PRIORITY, c.priority().name())
                .set(ImportField.TAGS, tags == null ? null : String.join(", ", tags))
                .set(ImportField.START_ON, c.startOn());
        if (revised) {
            row.set(ImportField.ORIGINAL_DUE_DATE, PlanDates.cell(baselineOf(deadline, baseline, history)));
            row.set(ImportField.REVISION_REASON, history == null ? null : history.latestReason());
        }
        return row;
    }

    /** The baseline as it was first given (its zone and precision); the current deadline's when no change shows it. */
    private static Deadline baselineOf(Deadline current, Instant baseline, History history) {
        if (history != null && history.baseline() != null && history.baseline().dueAt().equals(baseline)) {
            return history.baseline();
        }
        return new Deadline(baseline, current.zone(), current.dateOnly(), current.dateOnly() ? current.precision() : null);
    }

    private static ExportRow milestoneRow(MilestoneRow m, String parent) {
        ZoneId zone = ZoneId.of(m.dueZone());
        Deadline deadline = m.dueAt() == null ? null
                : new Deadline(m.dueAt(), zone, m.dueDateOnly(), m.duePrecision());
        Instant completed = m.completedAt();
        return new ExportRow()
                .set(ImportField.REFERENCE, m.reference())
                .set(ImportField.PARENT, parent)
                .set(ImportField.TITLE, m.title())
                .set(ImportField.DUE_DATE, PlanDates.cell(deadline, m.undated()))
                .set(ImportField.STATUS, completed == null ? null : CommitmentStatus.DONE.name())
                .set(ImportField.COMPLETED_ON, PlanDates.day(completed, zone))
                .set(ImportField.EVIDENCE, m.evidence());
    }

    private Map<Long, TreeSet<String>> tags(long agreementId) {
        Map<Long, TreeSet<String>> out = new HashMap<>();
        em.createQuery("select c.id, t from Commitment c join c.tags t where c.agreement.id = :a", Object[].class)
                .setParameter("a", agreementId).getResultList()
                .forEach(r -> out.computeIfAbsent((Long) r[0], k -> new TreeSet<>()).add((String) r[1]));
        return out;
    }

    private Map<Long, List<MilestoneRow>> milestones(long agreementId) {
        Map<Long, List<MilestoneRow>> out = new LinkedHashMap<>();
        em.createQuery("select new " + MILESTONE_ROW + "(m.commitment.id, m.reference, m.title, m.dueAt, m.dueZone,"
                + " m.dueDateOnly, m.duePrecision, m.undated, m.completedAt, m.evidence) from Milestone m"
                + " where m.agreementId = :a order by m.dueAt nulls last, m.id", MilestoneRow.class)
                .setParameter("a", agreementId).getResultList()
                .forEach(m -> out.computeIfAbsent(m.commitmentId(), k -> new ArrayList<>()).add(m));
        return out;
    }

    /** The note of each commitment's latest progress update (by the time it was recorded, then id). */
    @SuppressWarnings("unchecked")
    Map<Long, String> latestNotes(long agreementId) {
        Query q = em.createNativeQuery("select x.commitment_id, x.note from (select u.commitment_id, u.note,"
                + " row_number() over (partition by u.commitment_id order by u.recorded_at desc, u.id desc) rn"
                + " from progress_update u join commitment c on c.id = u.commitment_id where c.agreement_id = :a) x"
                + " where x.rn = 1 and x.note is not null");
        Map<Long, String> out = new HashMap<>();
        for (Object[] r : (List<Object[]>) q.setParameter("a", agreementId).getResultList()) {
            out.put(number(r[0]), (String) r[1]);
        }
        return out;
    }

    /**
     * The evidence links of the update that completed each DONE commitment: its latest DONE update that carries
     * evidence (an update that only adds a note to a DONE commitment carries none).
     */
    @SuppressWarnings("unchecked")
    private Map<Long, List<String>> completionEvidence(long agreementId) {
        Query q = em.createNativeQuery("select x.commitment_id, e.url from (select u.id, u.commitment_id,"
                + " row_number() over (partition by u.commitment_id order by u.recorded_at desc, u.id desc) rn"
                + " from progress_update u join commitment c on c.id = u.commitment_id where c.agreement_id = :a"
                + " and c.status = 'DONE' and u.new_status = 'DONE'"
                + " and exists (select 1 from progress_evidence pe where pe.update_id = u.id)) x"
                + " join progress_evidence e on e.update_id = x.id where x.rn = 1 order by x.commitment_id, e.position");
        Map<Long, List<String>> out = new HashMap<>();
        for (Object[] r : (List<Object[]>) q.setParameter("a", agreementId).getResultList()) {
            out.computeIfAbsent(number(r[0]), k -> new ArrayList<>()).add((String) r[1]);
        }
        return out;
    }

    /**
     * The first and the latest deadline change of each commitment. The first holds the baseline as it was given: its
     * old deadline, or, for an item that was undated, its new one.
     */
    @SuppressWarnings("unchecked")
    private Map<Long, History> history(long agreementId) {
        Query q = em.createNativeQuery("select x.commitment_id, x.old_due_at, x.old_zone, x.old_date_only, x.old_precision,"
                + " x.new_due_at, x.new_zone, x.new_date_only, x.new_precision, x.reason, x.first_rn, x.last_rn from"
                + " (select d.commitment_id, d.old_due_at, d.old_zone, d.old_date_only, d.old_precision, d.new_due_at,"
                + " d.new_zone, d.new_date_only, d.new_precision, d.reason,"
                + " row_number() over (partition by d.commitment_id order by d.changed_at, d.id) first_rn,"
                + " row_number() over (partition by d.commitment_id order by d.changed_at desc, d.id desc) last_rn"
                + " from deadline_change d join commitment c on c.id = d.commitment_id where c.agreement_id = :a) x"
                + " where x.first_rn = 1 or x.last_rn = 1");
        Map<Long, Deadline> baselines = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        for (Object[] r : (List<Object[]>) q.setParameter("a", agreementId).getResultList()) {
            HistoryRow h = HistoryRow.from(r);
            if (h.first()) {
                baselines.put(h.commitmentId(), h.baseline());
            }
            if (h.latest()) {
                reasons.put(h.commitmentId(), h.reason());
            }
        }
        Map<Long, History> out = new HashMap<>();
        reasons.forEach((id, reason) -> out.put(id, new History(baselines.get(id), reason)));
        return out;
    }

    private static Deadline deadline(Object dueAt, Object zone, Object dateOnly, Object precision) {
        return new Deadline(instant(dueAt), ZoneId.of((String) zone), (Boolean) dateOnly,
                DuePrecision.valueOf((String) precision));
    }
}
