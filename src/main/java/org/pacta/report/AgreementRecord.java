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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.AgreementView;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.Confirmation;
import org.pacta.commitment.Deadline;
import org.pacta.commitment.DuePrecision;
import org.pacta.platform.Refusal;

/**
 * The public record of an agreement: how far it has come, what the parties dispute, and its commitments as open
 * data. The feed and the downloads are for public agreements only, whoever asks (they are meant to be passed on);
 * the agreement page shows the same figures to whoever may read the agreement. Nothing here names a person.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgreementRecord {

    @Inject
    EntityManager em;

    /** Commitments by status, how many are overdue, and the share delivered (done, of those not cancelled). */
    public record Progress(long total, List<StatusCount> byStatus, long overdue, int percentDelivered) {
    }

    public record StatusCount(CommitmentStatus status, long count) {
    }

    /** A commitment or milestone whose completion a counterpart disputes, with the latest dispute. */
    public record Disputed(long commitmentId, Long milestoneId, String reference, String title, String milestoneTitle,
            String responsibleParty, String disputedBy, String note, Instant disputedAt) {
    }

    /** A commitment as open data: no owner, no account, nothing but the promise and where it stands. */
    @Schema(name = "OpenCommitment")
    public record OpenCommitment(long id, String reference, String title, String responsibleParty,
            String responsibleBody, LocalDate startOn, Instant baselineDueAt, LocalDate baselineDueDate, Instant dueAt,
            LocalDate dueDate, String dueZone, DuePrecision duePrecision,
            @Schema(description = "The plan's words for an item without a fixed date") String undated,
            CommitmentStatus status, int percentComplete, Instant completedAt,
            @Schema(description = "PENDING, CONFIRMED or DISPUTED by the other parties; null when not asked")
            Confirmation confirmation,
            @Schema(description = "Current deadline minus the baseline, in days; null while undated") Long slippageDays,
            boolean overdue) {
    }

    /** The agreement, if it is public; otherwise missing, to everyone (its existence does not leak). */
    public AgreementView publicAgreement(long id) {
        Agreement a = Agreement.findById(id);
        if (a == null || !a.isPublic) {
            throw Refusal.notFound("Agreement", id);
        }
        return AgreementView.of(a).withoutCoordinators();
    }

    @SuppressWarnings("unchecked")
    public Progress progress(long agreementId, Instant now) {
        Map<CommitmentStatus, Long> counts = new EnumMap<>(CommitmentStatus.class);
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select c.status, count(*) from commitment c"
                + " where c.agreement_id = :agreement group by c.status").setParameter("agreement", agreementId)
                .getResultList()) {
            counts.put(CommitmentStatus.valueOf((String) r[0]), number(r[1]));
        }
        long overdue = number(em.createNativeQuery("select count(*) from commitment c where c.agreement_id = :agreement"
                + " and c.due_at <= :now and c.status not in ('DONE', 'CANCELLED')")
                .setParameter("agreement", agreementId).setParameter("now", now).getSingleResult());
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long done = counts.getOrDefault(CommitmentStatus.DONE, 0L);
        long counted = total - counts.getOrDefault(CommitmentStatus.CANCELLED, 0L);
        List<StatusCount> byStatus = new ArrayList<>();
        for (CommitmentStatus s : CommitmentStatus.values()) {
            byStatus.add(new StatusCount(s, counts.getOrDefault(s, 0L)));
        }
        return new Progress(total, byStatus, overdue, counted == 0 ? 0 : (int) (done * 100 / counted));
    }

    /** Disputed items, commitments before milestones, each with its latest dispute: two queries. */
    @SuppressWarnings("unchecked")
    public List<Disputed> disputed(long agreementId) {
        List<Object[]> items = em.createNativeQuery("select c.id, cast(null as bigint), c.reference, c.title,"
                + " cast(null as varchar(300)), p.code from commitment c join party p on p.id = c.responsible_party_id"
                + " where c.confirmation = 'DISPUTED' and c.agreement_id = :agreement"
                + " union all select c.id, m.id, c.reference, c.title, m.title, p.code from milestone m"
                + " join commitment c on c.id = m.commitment_id join party p on p.id = c.responsible_party_id"
                + " where m.confirmation = 'DISPUTED' and m.agreement_id = :agreement")
                .setParameter("agreement", agreementId).getResultList();
        if (items.isEmpty()) {
            return List.of();
        }
        Map<String, Object[]> latest = new HashMap<>();
        List<Long> commitmentIds = items.stream().map(r -> number(r[0])).distinct().toList();
        for (Object[] s : (List<Object[]>) em.createNativeQuery("select s.commitment_id, s.milestone_id, p.code, s.note,"
                + " s.recorded_at from confirmation_step s join party p on p.id = s.party_id"
                + " where s.commitment_id in (:ids) and s.act = 'DISPUTED' order by s.recorded_at desc, s.id desc")
                .setParameter("ids", commitmentIds).getResultList()) {
            latest.putIfAbsent(number(s[0]) + ":" + (s[1] == null ? "" : number(s[1])), s);
        }
        List<Disputed> out = new ArrayList<>();
        for (Object[] r : items) {
            Long milestoneId = r[1] == null ? null : number(r[1]);
            Object[] step = latest.get(number(r[0]) + ":" + (milestoneId == null ? "" : milestoneId));
            out.add(new Disputed(number(r[0]), milestoneId, (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    step == null ? null : (String) step[2], step == null ? null : (String) step[3],
                    step == null ? null : instant(step[4])));
        }
        return out;
    }

    /** Every commitment of the agreement, by deadline (undated last). */
    @SuppressWarnings("unchecked")
    public List<OpenCommitment> commitments(long agreementId, Instant now) {
        List<Object[]> rows = em.createNativeQuery("select c.id, c.reference, c.title, p.code, c.responsible_body,"
                + " c.start_on, c.baseline_due_at, c.due_at, c.due_zone, c.due_date_only, c.due_precision, c.undated_text,"
                + " c.status, c.percent_complete, c.completed_at, c.confirmation from commitment c"
                + " join party p on p.id = c.responsible_party_id where c.agreement_id = :agreement"
                + " order by c.agreement_id, c.due_at nulls last, c.id").setParameter("agreement", agreementId)
                .getResultList();
        List<OpenCommitment> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            CommitmentStatus status = CommitmentStatus.valueOf((String) r[12]);
            DuePrecision precision = DuePrecision.valueOf((String) r[10]);
            boolean dateOnly = Boolean.TRUE.equals(r[9]);
            ZoneId zone = ZoneId.of((String) r[8]);
            Deadline due = r[7] == null ? null : new Deadline(instant(r[7]), zone, dateOnly, precision);
            Deadline baseline = r[6] == null ? null : new Deadline(instant(r[6]), zone, dateOnly, precision);
            out.add(new OpenCommitment(number(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    localDate(r[5]), baseline == null ? null : baseline.dueAt(),
                    baseline != null && dateOnly ? baseline.localDate() : null, due == null ? null : due.dueAt(),
                    due != null && dateOnly ? due.localDate() : null, zone.getId(), due == null ? null : precision,
                    (String) r[11], status, (int) number(r[13]), r[14] == null ? null : instant(r[14]),
                    r[15] == null ? null : Confirmation.valueOf((String) r[15]),
                    due == null || baseline == null ? null : Deadline.slippageDays(baseline.dueAt(), due.dueAt()),
                    due != null && status.isOpen() && due.passedAt(now)));
        }
        return out;
    }

    private static LocalDate localDate(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }
}
