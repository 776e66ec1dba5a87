package org.pacta.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.AgreementService;
import org.pacta.agreement.Party;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.Milestone;
import org.pacta.platform.Refusal;
import org.pacta.platform.Forbidden;
import org.pacta.platform.Phrase;
import org.pacta.platform.Refusals;
import org.pacta.platform.Text;
import org.pacta.platform.Violations;
import org.pacta.sheet.ImportField;
import org.pacta.sheet.Sheet;
import org.pacta.sheet.SheetProblem;

/**
 * A spreadsheet plan into an agreement, all or nothing: every row read by the mapping, placed (commitment or
 * milestone), matched with what the agreement holds (by the plan's reference, else by title), and compared; then,
 * unless it is a dry run or anything is wrong, written in one transaction. A re-import of the same file changes
 * nothing and says so; items of the agreement that the file does not hold are left as they are.
 */
@ApplicationScoped
public class PlanImport {

    private static final Logger LOG = Logger.getLogger(PlanImport.class);

    /** Where to import: an agreement's id, or a new agreement's title and party codes. */
    public record Target(Long agreementId, String title, List<String> parties) {
    }

    /** The import refused for its problems; nothing was written. */
    public static class Refused extends RuntimeException {
        private final transient PlanImportResult result;

        Refused(PlanImportResult result) {
            super(result.problems().size() + " problem(s)", null, false, false);
            this.result = result;
        }

        public PlanImportResult result() {
            return result;
        }
    }

    @Inject
    Validator validator;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    AgreementService agreements;

    @Inject
    org.pacta.security.Access access;

    @Inject
    PlanRecorder writes;

    @Inject
    PlanExport export;

    @Transactional
    public PlanImportResult run(Sheet sheet, String mappingJson, Target target, boolean dryRun) {
        Instant now = clock.instant();
        boolean named = target.agreementId() != null;
        boolean described = target.title() != null && !target.title().isBlank() || target.parties() != null && !target.parties().isEmpty();
        if (named && described) {
            throw Refusal.badRequest(Refusals::import_target_both);
        }
        if (!named && !described) {
            throw Refusal.badRequest(Refusals::import_target);
        }
        Agreement agreement = named ? agreements.get(target.agreementId()) : null;
        List<Party> parties = named ? agreement.parties : newAgreementParties(target);
        if (named) {
            access.requireSignedIn();
        } else {
            access.requireCreateAgreement(Party.ids(parties));
        }

        List<SheetProblem> problems = new ArrayList<>();
        List<SheetProblem> notes = new ArrayList<>(sheet.problems());
        ImportMapping mapping = ImportMapping.parse(mappingJson, sheet.columns(), mapper, problems);
        PlanReading reading = new PlanReading(sheet, mapping, parties, validator, problems);
        List<PlanRow> rows = reading.rows();
        notes.addAll(reading.notes);

        Existing existing = named ? Existing.of(agreement, export.latestNotes(agreement.id)) : Existing.none();
        PlanTree.link(rows, mapping, existing.commitmentsByReference, problems);
        PlanDiff diff = new PlanDiff(mapping, reading, existing, problems, notes, now);
        List<PlanDiff.Planned> planned = diff.compare(rows);
        if (!mapping.has(ImportField.DUE_DATE) && !rows.isEmpty()) {
            notes.add(SheetProblem.at(null, null, r -> r.import_note_no_due_column()));
        }
        if (named) {
            checkAccess(planned, mapping, problems);
            int left = existing.commitments.size() - (int) planned.stream().filter(p -> !p.row.isMilestone() && p.commitment != null).count();
            if (left > 0) {
                notes.add(SheetProblem.at(null, null, r -> r.import_note_left_alone(left)));
            }
        }
        problems.sort(java.util.Comparator.comparing((SheetProblem p) -> p.row() == null ? 0 : p.row()));
        notes.sort(java.util.Comparator.comparing((SheetProblem p) -> p.row() == null ? 0 : p.row()));

        if (!problems.isEmpty() || dryRun) {
            PlanImportResult result = result(dryRun, agreement, planned, problems, notes);
            if (!problems.isEmpty() && !dryRun) {
                throw new Refused(result);
            }
            return result;
        }
        if (agreement == null) {
            agreement = agreements.create(new org.pacta.agreement.AgreementInput(target.title().strip(), null, null, null,
                    null, null, parties.stream().map(p -> p.code).toList(), null, null, null, null, null, null));
        }
        writes.apply(agreement, planned, now);
        LOG.infof("Plan imported into agreement %d from a %s file: %d created, %d updated, %d unchanged", agreement.id,
                sheet.format(), count(planned, PlanImportResult.CREATE), count(planned, PlanImportResult.UPDATE),
                count(planned, null));
        return result(false, agreement, planned, problems, notes);
    }

    private List<Party> newAgreementParties(Target target) {
        Violations v = Violations.forFields();
        String title = target.title() == null ? null : target.title().strip();
        if (title == null || title.isEmpty()) {
            v.add("title", Refusals::not_blank);
        } else if (title.length() > 300) {
            v.add("title", r -> r.size_between(1, 300));
        } else {
            Phrase bad = Text.Validator.problem(title, false);
            if (bad != null) {
                v.add("title", bad);
            }
        }
        List<String> codes = target.parties() == null ? List.of()
                : target.parties().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (codes.isEmpty()) {
            v.add("parties", Refusals::parties_required);
        }
        List<Party> parties = AgreementService.resolveParties(codes, v);
        v.throwIfAny();
        return parties;
    }

    /** An official records items of their own party only; each party they may not edit is said once. */
    private void checkAccess(List<PlanDiff.Planned> planned, ImportMapping mapping, List<SheetProblem> problems) {
        Map<String, Boolean> allowed = new HashMap<>();
        for (PlanDiff.Planned p : planned) {
            if (p.action == null || p.party == null) {
                continue;
            }
            Party party = p.party;
            boolean first = !allowed.containsKey(party.code);
            boolean ok = allowed.computeIfAbsent(party.code, code -> {
                try {
                    access.requireEditFor(party);
                    return true;
                } catch (Forbidden e) {
                    return false;
                }
            });
            if (!ok && first) {
                Phrase denied = r -> r.party_edit_denied(party.code);
                problems.add(SheetProblem.at(p.row.row, mapping.column(ImportField.RESPONSIBLE_PARTY), denied));
            }
        }
    }

    private static PlanImportResult result(boolean dryRun, Agreement agreement, List<PlanDiff.Planned> planned,
            List<SheetProblem> problems, List<SheetProblem> notes) {
        List<PlanImportResult.Item> items = new ArrayList<>();
        for (PlanDiff.Planned p : planned) {
            if (p.action != null) {
                Long id = p.row.isMilestone() ? (p.milestone == null ? null : p.milestone.id)
                        : (p.commitment == null ? null : p.commitment.id);
                items.add(new PlanImportResult.Item(p.row.row, p.row.isMilestone() ? "milestone" : "commitment",
                        p.row.reference, p.row.title, p.action, p.changes.isEmpty() ? null : p.changes, id));
            }
        }
        return new PlanImportResult(dryRun, agreement == null ? null : agreement.id, count(planned, PlanImportResult.CREATE),
                count(planned, PlanImportResult.UPDATE), count(planned, null), List.copyOf(problems), List.copyOf(notes),
                items);
    }

    private static int count(List<PlanDiff.Planned> planned, String action) {
        return (int) planned.stream().filter(p -> p.row.usable && java.util.Objects.equals(p.action, action)).count();
    }

    /** What the agreement already holds, found by the plan's references and titles. */
    static final class Existing {
        final List<Commitment> commitments;
        final Map<String, Commitment> commitmentsByReference = new HashMap<>();
        final Map<String, List<Commitment>> commitmentsByTitle = new HashMap<>();
        final Map<String, Milestone> milestonesByReference = new HashMap<>();
        final Map<Long, Map<String, List<Milestone>>> milestonesByTitle = new HashMap<>();
        final Map<Long, String> latestNotes;

        private Existing(List<Commitment> commitments, List<Milestone> milestones, Map<Long, String> latestNotes) {
            this.commitments = commitments;
            this.latestNotes = latestNotes;
            for (Commitment c : commitments) {
                String key = PlanRow.key(c.reference);
                if (key != null) {
                    commitmentsByReference.put(key, c);
                } else {
                    commitmentsByTitle.computeIfAbsent(PlanRow.titleKey(c.title), k -> new ArrayList<>()).add(c);
                }
            }
            for (Milestone m : milestones) {
                String key = PlanRow.key(m.reference);
                if (key != null) {
                    milestonesByReference.put(key, m);
                } else {
                    milestonesByTitle.computeIfAbsent(m.commitment.id, k -> new HashMap<>())
                            .computeIfAbsent(PlanRow.titleKey(m.title), k -> new ArrayList<>()).add(m);
                }
            }
        }

        static Existing none() {
            return new Existing(List.of(), List.of(), Map.of());
        }

        /** The agreement's items, and the note of each commitment's latest progress update. */
        static Existing of(Agreement agreement, Map<Long, String> latestNotes) {
            return new Existing(Commitment.list("agreement.id", agreement.id), Milestone.list("agreementId", agreement.id),
                    latestNotes);
        }
    }
}
