package org.pacta.roadmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.AgreementService;
import org.pacta.roadmap.RoadmapDocument.CommitmentPart;
import org.pacta.roadmap.RoadmapDocument.MilestonePart;
import org.pacta.roadmap.RoadmapDocument.PartyPart;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.DeadlineChange;
import org.pacta.commitment.Milestone;
import org.pacta.commitment.Owner;
import org.pacta.commitment.ProgressUpdate;

/**
 * An agreement as a {@link RoadmapDocument}, in the order import reads it: references are positional ("c1",
 * "c2" … by deadline), so export → import → export gives the same document but for its {@code ledger} (the hash
 * chain, which import leaves aside: the new agreement starts its own). Dependencies on commitments of
 * other agreements and the full progress history are not part of the format.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoadmapExport {

    @Inject
    AgreementService agreements;

    @Inject
    org.pacta.security.Access access;

    @Inject
    org.pacta.chain.LedgerService ledger;

    public RoadmapDocument export(long id) {
        Agreement a = agreements.get(id);
        List<Commitment> commitments = Commitment.find("select c from Commitment c join fetch c.responsibleParty"
                + " where c.agreement = ?1 order by c.dueAt nulls last, c.id", a).list();
        Map<Long, String> refs = new HashMap<>();
        for (int i = 0; i < commitments.size(); i++) {
            refs.put(commitments.get(i).id, "c" + (i + 1));
        }
        Map<Long, List<Milestone>> milestones = new HashMap<>();
        Milestone.<Milestone>find("commitment.agreement = ?1 order by dueAt nulls last, id", a).list()
                .forEach(m -> milestones.computeIfAbsent(m.commitment.id, k -> new ArrayList<>()).add(m));
        Map<Long, String> lastReason = new HashMap<>();
        DeadlineChange.<DeadlineChange>find("commitment.agreement = ?1 order by changedAt, id", a).list()
                .forEach(d -> lastReason.put(d.commitment.id, d.reason));
        Map<Long, List<String>> doneEvidence = new HashMap<>();
        ProgressUpdate.<ProgressUpdate>find("commitment.agreement = ?1 and newStatus = ?2 order by recordedAt, id", a,
                CommitmentStatus.DONE).list().forEach(u -> doneEvidence.put(u.commitment.id, List.copyOf(u.evidence)));

        Map<String, PartyPart> parties = new LinkedHashMap<>();
        a.parties.forEach(p -> parties.put(p.code, new PartyPart(p.code, p.name, p.timeZone)));
        List<CommitmentPart> parts = new ArrayList<>();
        for (Commitment c : commitments) {
            parts.add(part(c, refs, milestones.getOrDefault(c.id, List.of()), lastReason.get(c.id),
                    doneEvidence.get(c.id), access.showsOwners()));
        }
        return new RoadmapDocument(RoadmapDocument.FORMAT,
                new RoadmapDocument.AgreementPart(a.title, a.summary, a.signedOn, a.place, a.sourceUrl, a.status,
                        a.partyCodes(), a.reviewSchedule, a.reviewZone, a.isPublic ? Boolean.TRUE : null, a.remindOwners ? null : Boolean.FALSE,
                        a.coordinators.isEmpty() || !access.showsOwners() ? null : List.copyOf(a.coordinators)),
                List.copyOf(parties.values()), parts, ledger.chain(a.id));
    }

    private static CommitmentPart part(Commitment c, Map<Long, String> refs, List<Milestone> milestones, String reason,
            List<String> evidence, boolean withOwner) {
        ZoneId partyZone = c.responsibleParty.zone();
        boolean dated = !c.isUndated();
        boolean slipped = dated && !c.baselineDueAt.equals(c.dueAt);
        List<String> deps = c.dependsOn.stream().map(d -> refs.get(d.id)).filter(r -> r != null).sorted().toList();
        List<MilestonePart> ms = milestones.stream().map(m -> milestone(m, partyZone)).toList();
        boolean done = c.status == CommitmentStatus.DONE;
        boolean reported = c.isReportedDoneOnly();
        Owner owner = !withOwner || c.ownerName == null && c.ownerEmail == null ? null : new Owner(c.ownerName, c.ownerEmail);
        return new CommitmentPart(refs.get(c.id), c.title, c.description, c.responsibleParty.code, owner,
                c.tags.stream().sorted().toList(), c.priority, c.startOn,
                dated && !c.dueDateOnly ? c.dueAt : null, dated && c.dueDateOnly ? c.deadline().localDate() : null,
                !dated || partyZone.getId().equals(c.dueZone) ? null : c.dueZone,
                slipped ? c.baselineDueAt : null, null, slipped ? reason : null, c.status,
                done ? null : c.percentComplete, done ? c.completedAt : null, done && !reported ? evidence : null,
                deps.isEmpty() ? null : deps, ms.isEmpty() ? null : ms, c.responsibleBody, c.reference,
                precision(c.isUndated() ? null : c.duePrecision), c.undated, reported ? Boolean.FALSE : null);
    }

    private static MilestonePart milestone(Milestone m, ZoneId partyZone) {
        boolean dated = !m.isUndated();
        return new MilestonePart(m.title, dated && !m.dueDateOnly ? m.dueAt : null,
                dated && m.dueDateOnly ? m.deadline().localDate() : null,
                !dated || partyZone.getId().equals(m.dueZone) ? null : m.dueZone, m.completedAt, m.evidence, m.reference,
                precision(dated ? m.duePrecision : null), m.undated);
    }

    /** Only a precision other than the default day is written, so older documents and new ones read the same. */
    private static org.pacta.commitment.DuePrecision precision(org.pacta.commitment.DuePrecision p) {
        return p == org.pacta.commitment.DuePrecision.DAY ? null : p;
    }
}
