package org.pacta.roadmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.AgreementChanged;
import org.pacta.agreement.AgreementService;
import org.pacta.agreement.AgreementStatus;
import org.pacta.agreement.AgreementView;
import org.pacta.agreement.Party;
import org.pacta.agreement.PartyView;
import org.pacta.roadmap.RoadmapDocument.CommitmentPart;
import org.pacta.roadmap.RoadmapDocument.MilestonePart;
import org.pacta.roadmap.RoadmapDocument.PartyPart;
import org.pacta.roadmap.RoadmapChecks.Planned;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.CommitmentFields;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.Deadline;
import org.pacta.commitment.Due;
import org.pacta.commitment.LedgerWrites;
import org.pacta.agreement.ReviewSchedule;
import org.pacta.platform.Refusal;
import org.pacta.platform.Phrase;
import org.pacta.platform.Refusals;
import org.pacta.platform.TimeRules;
import org.pacta.platform.Violations;

/**
 * Reads a whole roadmap, all or nothing. Every problem is found before anything is written and reported with
 * its JSON path; parties that exist with the same code and zone are reused.
 */
@ApplicationScoped
public class RoadmapImport {

    private static final Logger LOG = Logger.getLogger(RoadmapImport.class);
    static final String IMPORT_AUTHOR = "import";

    /** What an import created. */
    public record Result(long agreementId, int partiesCreated, int partiesReused, int commitments, int milestones) {
    }

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    org.pacta.security.Access access;

    @Inject
    LedgerWrites writes;

    @Inject
    org.pacta.security.Audit audit;

    @Inject
    jakarta.enterprise.event.Event<AgreementChanged> changed;

    @Transactional
    public Result importDocument(RoadmapDocument doc) {
        return importDocument(doc, false);
    }

    /**
     * @param again whether a roadmap whose agreement is already here (same title and parties) is imported as a second
     *     agreement; without it, such an import is refused with the one already here, so a file sent twice by
     *     mistake does not double the agreement
     */
    @Transactional
    public Result importDocument(RoadmapDocument doc, boolean again) {
        if (doc == null) {
            throw Refusal.badRequest(Refusals::roadmap_body_required);
        }
        Instant now = clock.instant();
        Violations v = Violations.forDocument();
        for (ConstraintViolation<RoadmapDocument> cv : validator.validate(doc)) {
            v.add(cv.getPropertyPath().toString().replace(".<list element>", ""), Phrase.of(cv));
        }

        Map<String, ZoneId> zones = new HashMap<>();
        Map<String, Party> existing = new HashMap<>();
        List<PartyPart> toCreate = new ArrayList<>();
        checkParties(doc, v, zones, existing, toCreate);
        List<String> agreementParties = checkAgreement(doc.agreement(), v, zones, existing);
        List<Planned> planned = RoadmapChecks.commitments(doc, v, zones, agreementParties, now);
        v.throwIfAny();
        // An official may record a whole signed roadmap that includes their party, both sides' commitments with it.
        access.requireCreateAgreement(Party.ids(agreementParties.stream().map(code -> existing.containsKey(code)
                ? existing.get(code) : new Party(code, code, zones.get(code))).toList()));
        if (!toCreate.isEmpty()) {
            access.requireAdmin();
        }
        if (!again && toCreate.isEmpty()) {
            sameAgreement(doc.agreement().title().strip(), agreementParties).ifPresent(same -> {
                throw Refusal.conflict(r -> r.roadmap_already_imported(same.title, same.id));
            });
        }

        Map<String, Party> parties = new HashMap<>(existing);
        for (PartyPart p : toCreate) {
            Party party = new Party(p.code().toUpperCase(Locale.ROOT), p.name().strip(), ZoneId.of(p.timeZone()));
            party.persist();
            audit.record(org.pacta.security.Audit.CREATE, "PARTY", party.code, null, null, PartyView.of(party));
            parties.put(party.code, party);
            LOG.infof("Party %s created by import: %s (%s)", party.code, party.name, party.timeZone);
        }
        Agreement agreement = writeAgreement(doc.agreement(), agreementParties, parties, now);
        int milestones = writeCommitments(agreement, planned, parties, now);
        audit.record(org.pacta.security.Audit.CREATE, "AGREEMENT", agreement.id, null, null, AgreementView.of(agreement));
        LOG.infof("Roadmap imported as agreement %d: \"%s\", %d commitment(s), %d milestone(s)", agreement.id,
                agreement.title, planned.size(), milestones);
        changed.fire(new AgreementChanged(agreement.id));
        return new Result(agreement.id, toCreate.size(), existing.size(), planned.size(), milestones);
    }

    /** An agreement of this title (as written, ignoring case) between exactly these parties. */
    private static java.util.Optional<Agreement> sameAgreement(String title, List<String> codes) {
        java.util.Set<String> wanted = new java.util.HashSet<>(codes);
        List<Agreement> named = Agreement.list("lower(title) = ?1", title.toLowerCase(Locale.ROOT));
        return named.stream().filter(a -> new java.util.HashSet<>(a.partyCodes()).equals(wanted)).findFirst();
    }

    private void checkParties(RoadmapDocument doc, Violations v, Map<String, ZoneId> zones, Map<String, Party> existing,
            List<PartyPart> toCreate) {
        if (doc.parties() == null) {
            return;
        }
        for (int i = 0; i < doc.parties().size(); i++) {
            PartyPart p = doc.parties().get(i);
            if (p == null || p.code() == null || p.timeZone() == null) {
                continue;
            }
            Violations at = v.at("parties", i);
            String code = p.code().toUpperCase(Locale.ROOT);
            if (zones.containsKey(code)) {
                at.add("code", r -> r.party_listed_twice(code));
                continue;
            }
            ZoneId zone = TimeRules.zone(p.timeZone()).orElse(null);
            if (zone == null) {
                at.add("timeZone", r -> r.unknown_zone(p.timeZone(), "Asia/Tehran"));
                continue;
            }
            var found = Party.byCode(code);
            if (found.isPresent()) {
                if (!found.get().zone().equals(zone)) {
                    String known = found.get().timeZone;
                    at.add("timeZone", r -> r.party_zone_differs(code, known, zone.getId()));
                    continue;
                }
                existing.put(code, found.get());
            } else {
                toCreate.add(p);
            }
            zones.put(code, zone);
        }
    }

    private List<String> checkAgreement(RoadmapDocument.AgreementPart a, Violations v, Map<String, ZoneId> zones,
            Map<String, Party> existing) {
        List<String> codes = new ArrayList<>();
        if (a == null) {
            return codes;
        }
        Violations at = v.at("agreement");
        if (!TimeRules.plausible(a.signedOn())) {
            at.add("signedOn", TimeRules.implausible());
        }
        ReviewSchedule.problem(a.reviewSchedule()).ifPresent(p -> at.add("reviewSchedule", p));
        if (a.reviewZone() != null && !a.reviewZone().isBlank() && TimeRules.zone(a.reviewZone()).isEmpty()) {
            at.add("reviewZone", r -> r.unknown_zone(a.reviewZone(), "Asia/Tehran"));
        }
        if (a.parties() == null) {
            return codes;
        }
        for (int i = 0; i < a.parties().size(); i++) {
            String raw = a.parties().get(i);
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String code = raw.toUpperCase(Locale.ROOT);
            if (codes.contains(code)) {
                at.add("parties[" + i + "]", r -> r.party_listed_twice(code));
                continue;
            }
            if (!zones.containsKey(code)) {
                var found = Party.byCode(code);
                if (found.isEmpty()) {
                    at.add("parties[" + i + "]", r -> r.party_not_in_document(code));
                    continue;
                }
                zones.put(code, found.get().zone());
                existing.put(code, found.get());
            }
            codes.add(code);
        }
        return codes;
    }

    private Agreement writeAgreement(RoadmapDocument.AgreementPart a, List<String> codes, Map<String, Party> parties,
            Instant now) {
        Agreement agreement = new Agreement();
        agreement.title = a.title().strip();
        agreement.summary = AgreementService.blankToNull(a.summary());
        agreement.signedOn = a.signedOn();
        agreement.place = AgreementService.blankToNull(a.place());
        agreement.sourceUrl = AgreementService.blankToNull(a.sourceUrl());
        agreement.status = a.status() == null ? AgreementStatus.ACTIVE : a.status();
        agreement.reviewSchedule = a.reviewSchedule() == null || a.reviewSchedule().isBlank() ? null
                : ReviewSchedule.normalize(a.reviewSchedule());
        codes.forEach(code -> agreement.parties.add(parties.get(code)));
        agreement.reviewZone = AgreementService.blankToNull(a.reviewZone());
        agreement.remindOwners = a.remindOwners() == null || a.remindOwners();
        agreement.isPublic = Boolean.TRUE.equals(a.isPublic());
        if (a.coordinators() != null) {
            a.coordinators().forEach(e -> agreement.coordinators.add(e.strip().toLowerCase(Locale.ROOT)));
        }
        agreement.createdAt = now;
        agreement.updatedAt = now;
        agreement.nextReviewAt = AgreementService.nextReview(agreement, now);
        agreement.persist();
        return agreement;
    }

    private int writeCommitments(Agreement agreement, List<Planned> planned, Map<String, Party> parties, Instant now) {
        Map<String, Commitment> byRef = new HashMap<>();
        LedgerWrites.Trail trail = LedgerWrites.Trail.kept();
        int milestones = 0;
        for (Planned p : planned) {
            CommitmentPart part = p.part();
            Deadline deadline = p.due().deadline();
            // Moved when the instants differ, the case RoadmapChecks asks a reason for.
            boolean moved = p.baseline() != null && deadline != null && !p.baseline().dueAt().equals(deadline.dueAt());
            CommitmentStatus status = part.status() == null ? CommitmentStatus.PLANNED : part.status();
            Commitment c = writes.commitment(agreement, parties.get(p.partyCode()), moved ? Due.of(p.baseline()) : p.due(),
                    fields(part), status == CommitmentStatus.DONE ? null : status, now);
            // A document may say how far an open commitment has come without a progress history to show it.
            if (status != CommitmentStatus.DONE) {
                c.percentComplete = part.percentComplete() == null ? 0 : part.percentComplete();
            }
            writes.add(c, now, trail);
            if (moved) {
                writes.reviseDeadline(c, deadline, part.deadlineChangeReason().strip(), IMPORT_AUTHOR, now, trail);
            }
            if (p.reportedOnly()) {
                writes.complete(c, IMPORT_AUTHOR, "Recorded as done in the imported roadmap, without evidence.", List.of(),
                        p.completedAt(), now, trail);
            } else if (status == CommitmentStatus.DONE) {
                writes.complete(c, IMPORT_AUTHOR, "Recorded as done in the imported roadmap.", part.evidence(),
                        p.completedAt(), now, trail);
            }
            if (part.milestones() != null) {
                for (int m = 0; m < part.milestones().size(); m++) {
                    MilestonePart mp = part.milestones().get(m);
                    writes.addMilestone(c, mp.title(), p.milestoneDues().get(m), mp.reference(), mp.completedAt(),
                            mp.evidence(), true, now, trail);
                    milestones++;
                }
            }
            LedgerWrites.leaveToSweep(c, now);
            byRef.put(p.ref(), c);
        }
        for (Planned p : planned) {
            if (p.part().dependsOn() != null) {
                Commitment c = byRef.get(p.ref());
                Set<String> seen = new HashSet<>();
                for (String dep : p.part().dependsOn()) {
                    if (seen.add(dep.strip())) {
                        c.dependsOn.add(byRef.get(dep.strip()));
                    }
                }
            }
        }
        em.flush();
        trail.write();
        return milestones;
    }

    private static CommitmentFields fields(CommitmentPart part) {
        return new CommitmentFields(part.title(), part.description(), part.owner() == null ? null : part.owner().name(),
                part.owner() == null ? null : part.owner().email(), part.tags(), part.priority(), part.startOn(),
                part.responsibleBody(), part.reference());
    }
}
