package org.pacta.roadmap;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pacta.roadmap.RoadmapDocument.CommitmentPart;
import org.pacta.roadmap.RoadmapDocument.MilestonePart;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.Deadline;
import org.pacta.commitment.DeadlineRules;
import org.pacta.commitment.DependencyGraph;
import org.pacta.commitment.Due;
import org.pacta.platform.Refusals;
import org.pacta.platform.TimeRules;
import org.pacta.platform.Violations;

/** The commitments of a roadmap document checked before anything is written, each problem with its JSON path. */
final class RoadmapChecks {

    private RoadmapChecks() {
    }

    /**
     * A commitment checked and ready to write: its due (a deadline or the words of an undated item), its baseline
     * when the deadline has moved since, and whether it is DONE as reported without evidence.
     */
    record Planned(CommitmentPart part, String ref, String partyCode, Due due, Deadline baseline,
            Instant completedAt, List<Due> milestoneDues, boolean reportedOnly) {
    }

    static List<Planned> commitments(RoadmapDocument doc, Violations v, Map<String, ZoneId> zones,
            List<String> agreementParties, Instant now) {
        List<Planned> planned = new ArrayList<>();
        if (doc.commitments() == null) {
            return planned;
        }
        Map<String, Integer> refs = new LinkedHashMap<>();
        java.util.Set<String> references = new java.util.HashSet<>();
        java.util.Set<String> milestoneReferences = new java.util.HashSet<>();
        for (int i = 0; i < doc.commitments().size(); i++) {
            CommitmentPart c = doc.commitments().get(i);
            String ref = c == null || c.ref() == null || c.ref().isBlank() ? "#" + i : c.ref().strip();
            if (refs.putIfAbsent(ref, i) != null) {
                v.at("commitments", i).add("ref", r -> r.ref_used_twice(ref));
            }
            String reference = c == null || c.reference() == null || c.reference().isBlank() ? null : c.reference().strip();
            if (reference != null && !references.add(reference)) {
                v.at("commitments", i).add("reference", r -> r.ref_used_twice(reference));
            }
        }
        for (int i = 0; i < doc.commitments().size(); i++) {
            CommitmentPart c = doc.commitments().get(i);
            if (c == null) {
                continue;
            }
            Violations at = v.at("commitments", i);
            String party = c.responsibleParty() == null ? null : c.responsibleParty().toUpperCase(Locale.ROOT);
            ZoneId zone = null;
            if (party != null) {
                if (!agreementParties.contains(party)) {
                    String listed = agreementParties.toString();
                    at.add("responsibleParty", r -> r.party_not_listed(party, listed));
                } else {
                    zone = zones.get(party);
                }
            }
            Due due = zone == null ? null : DeadlineRules.resolveDue(c.dueAt(), c.dueDate(), c.dueZone(), c.duePrecision(),
                    c.undated(), zone, at);
            Deadline deadline = due == null ? null : due.deadline();
            Deadline baseline = zone == null ? null
                    : DeadlineRules.resolve(c.baselineDueAt(), c.baselineDueDate(), c.dueZone(), zone, at.at("baseline"), false);
            if (due != null && due.isUndated() && (c.baselineDueAt() != null || c.baselineDueDate() != null)) {
                // An undated item has never had a date, so it has no first one either.
                at.add("undated", Refusals::undated_with_date);
            }
            DeadlineRules.checkStart(c.startOn(), deadline, at);
            if (baseline != null && deadline != null && !baseline.dueAt().equals(deadline.dueAt())
                    && (c.deadlineChangeReason() == null || c.deadlineChangeReason().isBlank())) {
                at.add("deadlineChangeReason", Refusals::baseline_reason_required);
            }
            Instant completedAt = checkCompletion(c, at, now);
            for (String dep : c.dependsOn() == null ? List.<String>of() : c.dependsOn()) {
                if (dep != null && !refs.containsKey(dep.strip())) {
                    at.add("dependsOn", r -> r.unknown_ref(dep));
                }
            }
            List<Due> milestoneDues = new ArrayList<>();
            if (c.milestones() != null) {
                for (int m = 0; m < c.milestones().size(); m++) {
                    MilestonePart mp = c.milestones().get(m);
                    if (mp == null) {
                        continue;
                    }
                    Violations mat = at.at("milestones", m);
                    Due md = zone == null ? null : DeadlineRules.resolveDue(mp.dueAt(), mp.dueDate(), mp.dueZone(),
                            mp.duePrecision(), mp.undated(), zone, mat);
                    // The same rule as POST /api/commitments/{id}/milestones; an implausible startOn is reported once, above.
                    if (TimeRules.plausible(c.startOn())) {
                        DeadlineRules.checkStart(c.startOn(), md == null ? null : md.deadline(), mat);
                    }
                    String mref = mp.reference() == null || mp.reference().isBlank() ? null : mp.reference().strip();
                    if (mref != null && !milestoneReferences.add(mref)) {
                        mat.add("reference", r -> r.ref_used_twice(mref));
                    }
                    if (mp.completedAt() != null && !TimeRules.plausible(mp.completedAt())) {
                        mat.add("completedAt", TimeRules.implausible());
                    }
                    if (mp.completedAt() != null && mp.completedAt().isAfter(now)) {
                        mat.add("completedAt", Refusals::milestone_in_future);
                    }
                    milestoneDues.add(md);
                }
            }
            String ref = c.ref() == null || c.ref().isBlank() ? "#" + i : c.ref().strip();
            boolean reportedOnly = c.status() == CommitmentStatus.DONE && (c.evidence() == null || c.evidence().isEmpty())
                    && Boolean.FALSE.equals(c.completionEvidenced());
            planned.add(new Planned(c, ref, party, due, baseline, completedAt, milestoneDues, reportedOnly));
        }
        List<CommitmentPart> parts = doc.commitments();
        // Told at the commitment where the first cycle met closes, the document read in order.
        DependencyGraph.cycle(java.util.stream.IntStream.range(0, parts.size()).boxed().toList(),
                i -> edges(parts.get(i), refs)).ifPresent(path -> v.at("commitments", path.get(0))
                        .add("dependsOn", Refusals::dependency_cycle_here));
        return planned;
    }

    private static Instant checkCompletion(CommitmentPart c, Violations at, Instant now) {
        boolean done = c.status() == CommitmentStatus.DONE;
        if (!done) {
            if (c.completedAt() != null) {
                at.add("completedAt", Refusals::completed_only_when_done);
            }
            return null;
        }
        // DONE needs evidence, unless the document says plainly that it has none (completionEvidenced: false): then
        // it is kept as reported complete, never counted as delivered.
        if ((c.evidence() == null || c.evidence().isEmpty()) && !Boolean.FALSE.equals(c.completionEvidenced())) {
            at.add("evidence", Refusals::done_evidence_import);
        }
        if (c.percentComplete() != null && c.percentComplete() != 100) {
            at.add("percentComplete", Refusals::done_full);
        }
        boolean reportedOnly = (c.evidence() == null || c.evidence().isEmpty()) && Boolean.FALSE.equals(c.completionEvidenced());
        if (reportedOnly && c.completedAt() == null) {
            return null; // a completion reported without a date is not dated by the import
        }
        Instant completedAt = c.completedAt() == null ? now : c.completedAt();
        if (completedAt.isAfter(now)) {
            at.add("completedAt", Refusals::completed_in_future);
        } else if (!TimeRules.plausible(completedAt)) {
            at.add("completedAt", TimeRules.implausible());
        }
        return completedAt;
    }

    private static List<Integer> edges(CommitmentPart part, Map<String, Integer> refs) {
        List<Integer> out = new ArrayList<>();
        if (part != null && part.dependsOn() != null) {
            for (String dep : part.dependsOn()) {
                Integer to = dep == null ? null : refs.get(dep.strip());
                if (to != null) {
                    out.add(to);
                }
            }
        }
        return out;
    }
}
